#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

class Database;

// How the columns of a data file map onto data values. Columns are named by their header
// text, so a mapping saved from one file applies to the next file of the same shape.
//
// Long layout: one value per record (site, indicator, period, option, value or numerator and
// denominator, comment) — the canonical table is this layout with the canonical headers.
// Wide layout: one record per site and period (and option), one column per indicator (or per
// indicator part: "ANC4 numerator", "ANC4 分子").
struct ImportMapping final
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    enum class Layout { Long, Wide };
    enum class Field { Site, Indicator, Period, Option, Value, Numerator, Denominator, Comment };
    enum class Part { Value, Numerator, Denominator };
    static constexpr int FieldCount = 8;

    struct WideColumn
    {
        QString header;
        QString indicator; // code
        Part part = Part::Value;
        friend bool operator==(const WideColumn &, const WideColumn &) = default;
    };

    Layout layout = Layout::Long;
    QString columns[FieldCount]; // header per field; empty: not in the file
    QList<WideColumn> wide;

    QString &column(Field f) { return columns[int(f)]; }
    const QString &column(Field f) const { return columns[int(f)]; }

    // The canonical layout: site,indicator,period,option,value,numerator,denominator,comment.
    static const QStringList &canonicalHeader();
    static ImportMapping canonical();
    // Guesses the mapping from a header row, in English or Chinese; indicator columns are
    // recognised by an indicator's code or name (either language), optionally followed by a
    // part ("numerator", "分子", …). When no indicator column but indicator columns exist,
    // the layout is wide.
    struct IndicatorName
    {
        QString code, nameEn, nameZh;
    };
    static ImportMapping guess(const QStringList &header, const QList<IndicatorName> &indicators);

    // The field names used in saved mappings and on the command line.
    static QString fieldKey(Field f);
    static QString fieldLabel(Field f); // translated
    static QString partLabel(Part p);   // translated

    // Checks the mapping against a header row: the required fields are mapped and every
    // mapped header is in the file. Returns the column index per field (-1: absent).
    struct Resolved
    {
        int index[FieldCount];
        QList<std::pair<int, WideColumn>> wide;
    };
    Result<Resolved> resolve(const QStringList &header) const;

    QJsonObject toJson() const;
    static ImportMapping fromJson(const QJsonObject &json);
    friend bool operator==(const ImportMapping &a, const ImportMapping &b);
};

// Mappings saved by name per programme and kind of file ("data", "sites", "indicators").
class ImportMappingStore final
{
    Q_DECLARE_TR_FUNCTIONS(ImportMappingStore)

public:
    explicit ImportMappingStore(Database &database) : m_database(database) {}
    QStringList names(qint64 programmeId, const QString &kind) const;
    std::optional<QJsonObject> find(qint64 programmeId, const QString &kind, const QString &name) const;
    // Saves under the name, replacing a mapping of that name.
    Result<void> save(qint64 programmeId, const QString &kind, const QString &name, const QJsonObject &mapping,
                      qint64 userId);
    Result<void> remove(qint64 programmeId, const QString &kind, const QString &name);

private:
    Database &m_database;
};
