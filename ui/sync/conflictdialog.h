#pragma once

#include "result.h"
#include "sync/syncservice.h"

#include <QDialog>
#include <QJsonObject>

#include <functional>

class ErrorLabel;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

// Settles one conflict with an edited version: both versions side by side, field by field
// (the fields they differ in first, in bold), and a column to edit, filled with this
// database's version (theirs when this database deleted the row). References to other rows,
// the row's key and child rows are shown, not edited; references both sides share are left out
// (the title names the row). Save hands the edited content to the page's apply
// function; a refusal is shown here and the dialog stays open, so nothing typed is lost.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { FieldColumn, MineColumn, TheirsColumn, ResultColumn, ColumnCount };
    // Returns an empty string on success, else the translated reason.
    using Apply = std::function<QString(const QJsonObject &edited)>;

    ConflictDialog(const Sync::Conflict &conflict, Apply apply, QWidget *parent = nullptr);

    // The content as edited: the starting version with every editable field read back in its
    // type (numbers in the interface's locale or plain, yes/no, text; empty is none).
    Result<QJsonObject> edited() const;
    QTableWidget *table() const { return m_table; }
    int rowOf(const QString &field) const;
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillRows();
    void addRow(const QString &field, bool differs);
    Result<QJsonValue> readBack(int row) const;
    void retranslateUi();
    // The version the edit starts from, and the other one.
    const Sync::Version &base() const { return m_conflict.mine.deleted ? m_conflict.theirs : m_conflict.mine; }
    const Sync::Version &other() const { return m_conflict.mine.deleted ? m_conflict.mine : m_conflict.theirs; }

    Sync::Conflict m_conflict;
    Apply m_apply;
    QStringList m_fields; // by row
    QLabel *m_what;
    QLabel *m_sides;
    QTableWidget *m_table;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
};
