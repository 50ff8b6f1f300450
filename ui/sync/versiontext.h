#pragma once

#include "sync/merge.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

// How a version of a synchronised row reads for people, shared by the conflict queue and the
// conflict dialog: its fields with translated labels where we know them (the column name
// otherwise), values in the interface's locale, and which fields two versions differ in.
class VersionText final
{
    Q_DECLARE_TR_FUNCTIONS(VersionText)

public:
    // The label of a content field (a column name such as "follow_up"), translated.
    static QString fieldLabel(const QString &field);
    // A field's value as text: numbers in the interface's locale, yes or no, empty for none,
    // child rows as compact JSON, a password hidden.
    static QString valueText(const QString &field, const QJsonValue &value);
    // The fields of either version whose values differ, in the order of their names; every
    // field when one side is a deletion.
    static QStringList differingFields(const Sync::Version &a, const Sync::Version &b);
    // One line: "Value: 12; Comment: checked" for the given fields (at most maxFields, then
    // "…"), or "Deleted" for a tombstone.
    static QString summary(const Sync::Version &version, const QStringList &fields, int maxFields = 3);
    // "wang, 3/5/24 14:00": who made the version and when, in local time.
    static QString changed(const Sync::Version &version);
    // An account's password (its hash or digest): never shown, never edited.
    static bool isSecret(const QString &field);
    // A field that points at another row (by its uuid, or none): shown, never edited by hand.
    static bool isReference(const QString &field, const QJsonValue &value);
    // A scalar a person can edit (a number, text, yes/no or none), not child rows.
    static bool isScalar(const QJsonValue &value);
    // What the conflict dialog lets a person change: a scalar that is no reference, password
    // or part of the row's key (a value's period, a cost's year).
    static bool isEditable(const QString &field, const QJsonValue &value);
};
