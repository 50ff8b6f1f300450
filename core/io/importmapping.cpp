#include "importmapping.h"

#include "storage/database.h"
#include "storage/rowstore.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlvalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {
using Field = ImportMapping::Field;
using Part = ImportMapping::Part;

constexpr const char *FieldKeys[ImportMapping::FieldCount] = {"site",  "indicator", "period",      "option",
                                                              "value", "numerator", "denominator", "comment"};

// Header words per field, compared after simplify() and toCaseFolded(); English and Chinese,
// with the usual variants of Chinese spreadsheets.
const QList<QStringList> &synonyms()
{
    static const QList<QStringList> list = {
        {u"site"_qs, u"site code"_qs, u"site_code"_qs, u"sitecode"_qs, u"site id"_qs, u"orgunit"_qs, u"org unit"_qs,
         u"站点"_qs, u"站点代码"_qs, u"站点编码"_qs, u"站点编号"_qs, u"项目点"_qs, u"项目点代码"_qs, u"机构"_qs},
        {u"indicator"_qs, u"indicator code"_qs, u"indicator_code"_qs, u"dataelement"_qs, u"data element"_qs,
         u"指标"_qs, u"指标代码"_qs, u"指标编码"_qs, u"指标编号"_qs},
        {u"period"_qs, u"month"_qs, u"quarter"_qs, u"year"_qs, u"date"_qs, u"reporting period"_qs, u"期间"_qs,
         u"时期"_qs, u"报告期"_qs, u"月份"_qs, u"季度"_qs, u"年份"_qs, u"日期"_qs, u"统计期"_qs},
        {u"option"_qs, u"category option"_qs, u"category_option"_qs, u"categoryoptioncombo"_qs,
         u"disaggregation"_qs, u"分类选项"_qs, u"分类"_qs, u"分组"_qs, u"分类选项代码"_qs},
        {u"value"_qs, u"amount"_qs, u"数值"_qs, u"值"_qs, u"数量"_qs, u"数据"_qs},
        {u"numerator"_qs, u"num"_qs, u"分子"_qs},
        {u"denominator"_qs, u"den"_qs, u"denom"_qs, u"分母"_qs},
        {u"comment"_qs, u"comments"_qs, u"note"_qs, u"notes"_qs, u"remark"_qs, u"备注"_qs, u"说明"_qs, u"注释"_qs},
    };
    return list;
}

QString folded(const QString &s)
{
    return s.simplified().toCaseFolded();
}

// "ANC4 numerator", "ANC4_分子", "ANC4（分母）" → the indicator text and the part.
std::pair<QString, Part> splitPart(const QString &header)
{
    static const QRegularExpression part(
        QStringLiteral("^(.*?)[\\s_./:\\-(（]*(numerator|num|denominator|denom|den|分子|分母)[)）]?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString h = header.simplified();
    if (const auto m = part.match(h); m.hasMatch() && !m.captured(1).isEmpty()) {
        const QString word = m.captured(2).toCaseFolded();
        const Part p = word.startsWith(u"num") || word == u"分子" ? Part::Numerator : Part::Denominator;
        return {m.captured(1).simplified(), p};
    }
    return {h, Part::Value};
}
} // namespace

const QStringList &ImportMapping::canonicalHeader()
{
    static const QStringList header = [] {
        QStringList h;
        for (const char *k : FieldKeys)
            h.append(QString::fromLatin1(k));
        return h;
    }();
    return header;
}

ImportMapping ImportMapping::canonical()
{
    ImportMapping m;
    for (int i = 0; i < FieldCount; ++i)
        m.columns[i] = canonicalHeader().at(i);
    return m;
}

QString ImportMapping::fieldKey(Field f)
{
    return QString::fromLatin1(FieldKeys[int(f)]);
}

QString ImportMapping::fieldLabel(Field f)
{
    switch (f) {
    case Field::Site: return tr("Site");
    case Field::Indicator: return tr("Indicator");
    case Field::Period: return tr("Period");
    case Field::Option: return tr("Category option");
    case Field::Value: return tr("Value");
    case Field::Numerator: return tr("Numerator");
    case Field::Denominator: return tr("Denominator");
    case Field::Comment: return tr("Comment");
    }
    return {};
}

QString ImportMapping::partLabel(Part p)
{
    switch (p) {
    case Part::Value: return tr("value");
    case Part::Numerator: return tr("numerator");
    case Part::Denominator: return tr("denominator");
    }
    return {};
}

ImportMapping ImportMapping::guess(const QStringList &header, const QList<IndicatorName> &indicators)
{
    ImportMapping m;
    QList<bool> used(header.size(), false);
    // "Site / 项目点" (the headers of ScaleReady's own workbooks): either half may match.
    auto matches = [](const QStringList &words, const QString &header) {
        if (words.contains(folded(header)))
            return true;
        const QStringList halves = header.split(u'/');
        return halves.size() == 2 && (words.contains(folded(halves[0])) || words.contains(folded(halves[1])));
    };
    for (int f = 0; f < FieldCount; ++f) {
        for (int c = 0; c < header.size() && m.columns[f].isEmpty(); ++c) {
            if (!used[c] && matches(synonyms().at(f), header.at(c))) {
                m.columns[f] = header.at(c);
                used[c] = true;
            }
        }
    }
    QHash<QString, QString> byName; // folded code or name → code; empty: a name two share
    for (const IndicatorName &i : indicators) {
        for (const QString &n : {i.nameEn, i.nameZh}) {
            if (n.trimmed().isEmpty())
                continue;
            const QString key = folded(n);
            byName.insert(key, byName.contains(key) && byName.value(key) != i.code ? QString() : i.code);
        }
    }
    for (const IndicatorName &i : indicators)
        byName.insert(folded(i.code), i.code);
    for (int c = 0; c < header.size(); ++c) {
        if (used[c])
            continue;
        // The whole header first ("GARDEN" is an indicator, not "GAR" and a denominator).
        if (const auto it = byName.constFind(folded(header.at(c))); it != byName.cend() && !it->isEmpty()) {
            m.wide.append({header.at(c), *it, Part::Value});
            continue;
        }
        const auto [text, part] = splitPart(header.at(c));
        if (const auto it = byName.constFind(folded(text)); it != byName.cend() && !it->isEmpty())
            m.wide.append({header.at(c), *it, part});
    }
    // Two columns for one indicator part would overwrite each other: keep the first.
    QList<std::pair<QString, Part>> seen;
    m.wide.removeIf([&](const WideColumn &w) {
        const std::pair<QString, Part> key{w.indicator, w.part};
        if (seen.contains(key))
            return true;
        seen.append(key);
        return false;
    });
    if (m.column(Field::Indicator).isEmpty() && !m.wide.isEmpty()) {
        m.layout = Layout::Wide;
        // In a wide file "value", "numerator" and "denominator" columns cannot exist beside
        // the indicator columns; a header that matched them is an indicator part at most.
        m.column(Field::Value).clear();
        m.column(Field::Numerator).clear();
        m.column(Field::Denominator).clear();
    } else {
        m.wide.clear();
    }
    return m;
}

Result<ImportMapping::Resolved> ImportMapping::resolve(const QStringList &header) const
{
    Resolved r;
    auto find = [&](const QString &name) {
        for (int c = 0; c < header.size(); ++c) {
            if (folded(header.at(c)) == folded(name))
                return c;
        }
        return -1;
    };
    QStringList missing;
    for (int f = 0; f < FieldCount; ++f) {
        r.index[f] = -1;
        if (columns[f].isEmpty())
            continue;
        if (layout == Layout::Wide && (f == int(Field::Indicator) || f == int(Field::Value) ||
                                       f == int(Field::Numerator) || f == int(Field::Denominator)))
            continue;
        r.index[f] = find(columns[f]);
        if (r.index[f] < 0)
            missing.append(columns[f]);
    }
    if (layout == Layout::Wide) {
        for (const WideColumn &w : wide) {
            const int c = find(w.header);
            if (c < 0)
                missing.append(w.header);
            else
                r.wide.append({c, w});
        }
    }
    if (!missing.isEmpty())
        return fail(tr("The file has no column %1 that the mapping names.")
                        .arg(QStringLiteral("\"%1\"").arg(missing.join(QStringLiteral("\", \"")))));
    QStringList unmapped;
    auto need = [&](Field f) {
        if (r.index[int(f)] < 0)
            unmapped.append(fieldLabel(f));
    };
    need(Field::Site);
    need(Field::Period);
    if (layout == Layout::Long) {
        need(Field::Indicator);
        if (r.index[int(Field::Value)] < 0 &&
            (r.index[int(Field::Numerator)] < 0 || r.index[int(Field::Denominator)] < 0))
            unmapped.append(tr("Value (or Numerator and Denominator)"));
    } else if (r.wide.isEmpty()) {
        unmapped.append(tr("at least one indicator column"));
    }
    if (!unmapped.isEmpty())
        return fail(tr("Choose a column for: %1.").arg(unmapped.join(QStringLiteral(", "))));
    // One column feeds one field.
    QHash<int, int> uses;
    for (int f = 0; f < FieldCount; ++f)
        if (r.index[f] >= 0)
            ++uses[r.index[f]];
    for (const auto &w : std::as_const(r.wide))
        ++uses[w.first];
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        if (*it > 1)
            return fail(tr("The column \"%1\" is chosen for more than one field.").arg(header.at(it.key())));
    }
    // Nor may two columns hold the same part of one indicator: one would overwrite the other.
    for (qsizetype a = 0; a < r.wide.size(); ++a) {
        for (qsizetype b = a + 1; b < r.wide.size(); ++b) {
            if (r.wide[a].second.indicator == r.wide[b].second.indicator && r.wide[a].second.part == r.wide[b].second.part)
                return fail(tr("The columns \"%1\" and \"%2\" both hold the %3 of indicator %4.")
                                .arg(r.wide[a].second.header, r.wide[b].second.header,
                                     partLabel(r.wide[a].second.part), r.wide[a].second.indicator));
        }
    }
    return r;
}

QJsonObject ImportMapping::toJson() const
{
    QJsonObject columnsJson;
    for (int f = 0; f < FieldCount; ++f) {
        if (!columns[f].isEmpty())
            columnsJson.insert(QString::fromLatin1(FieldKeys[f]), columns[f]);
    }
    QJsonArray wideJson;
    for (const WideColumn &w : wide) {
        wideJson.append(QJsonObject{{QStringLiteral("header"), w.header},
                                    {QStringLiteral("indicator"), w.indicator},
                                    {QStringLiteral("part"), w.part == Part::Value       ? QStringLiteral("value")
                                                             : w.part == Part::Numerator ? QStringLiteral("numerator")
                                                                                         : QStringLiteral("denominator")}});
    }
    return {{QStringLiteral("layout"), layout == Layout::Long ? QStringLiteral("long") : QStringLiteral("wide")},
            {QStringLiteral("columns"), columnsJson},
            {QStringLiteral("wide"), wideJson}};
}

ImportMapping ImportMapping::fromJson(const QJsonObject &json)
{
    ImportMapping m;
    m.layout = json.value(QStringLiteral("layout")).toString() == u"wide" ? Layout::Wide : Layout::Long;
    const QJsonObject columnsJson = json.value(QStringLiteral("columns")).toObject();
    for (int f = 0; f < FieldCount; ++f)
        m.columns[f] = columnsJson.value(QString::fromLatin1(FieldKeys[f])).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("wide")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString part = o.value(QStringLiteral("part")).toString();
        m.wide.append({o.value(QStringLiteral("header")).toString(), o.value(QStringLiteral("indicator")).toString(),
                       part == u"numerator"     ? Part::Numerator
                       : part == u"denominator" ? Part::Denominator
                                                : Part::Value});
    }
    return m;
}

bool operator==(const ImportMapping &a, const ImportMapping &b)
{
    if (a.layout != b.layout || a.wide != b.wide)
        return false;
    for (int f = 0; f < ImportMapping::FieldCount; ++f) {
        if (a.columns[f] != b.columns[f])
            return false;
    }
    return true;
}

QStringList ImportMappingStore::names(qint64 programmeId, const QString &kind) const
{
    QStringList list;
    SqliteStatement s(m_database.handle(), "SELECT name FROM import_mapping WHERE programme_id = ? AND kind = ?"
                                           " AND deleted = 0 ORDER BY name COLLATE NOCASE");
    s.bind(1, programmeId);
    s.bind(2, kind);
    while (s.next())
        list.append(s.text(0));
    return list;
}

std::optional<QJsonObject> ImportMappingStore::find(qint64 programmeId, const QString &kind, const QString &name) const
{
    SqliteStatement s(m_database.handle(), "SELECT mapping FROM import_mapping WHERE programme_id = ? AND kind = ?"
                                           " AND name = ? AND deleted = 0");
    s.bind(1, programmeId);
    s.bind(2, kind);
    s.bind(3, name);
    if (!s.next())
        return std::nullopt;
    return QJsonDocument::fromJson(s.bytes(0)).object();
}

Result<void> ImportMappingStore::save(qint64 programmeId, const QString &kind, const QString &name,
                                      const QJsonObject &mapping, qint64 userId)
{
    if (name.trimmed().isEmpty())
        return fail(tr("Give the mapping a name."));
    const QString now = SqlValue::timestamp(QDateTime::currentDateTimeUtc());
    SqliteStatement s(m_database.handle(),
                      "INSERT INTO import_mapping (programme_id, kind, name, mapping, uuid, created_at, updated_at,"
                      " updated_by, origin) VALUES (?,?,?,?,?,?,?,?,?)"
                      " ON CONFLICT (programme_id, kind, name) WHERE deleted = 0 DO UPDATE SET mapping = excluded.mapping,"
                      " updated_at = excluded.updated_at, updated_by = excluded.updated_by, revision = revision + 1");
    s.bind(1, programmeId);
    s.bind(2, kind);
    s.bind(3, name.trimmed());
    s.bind(4, QJsonDocument(mapping).toJson(QJsonDocument::Compact));
    s.bind(5, RowStore::newUuid());
    s.bind(6, now);
    s.bind(7, now);
    if (userId > 0)
        s.bind(8, userId);
    else
        s.bindNull(8);
    s.bind(9, m_database.replicaId());
    if (!s.ok() || !s.run())
        return fail(tr("The mapping \"%1\" could not be saved: %2").arg(name, s.error()));
    return {};
}

Result<void> ImportMappingStore::remove(qint64 programmeId, const QString &kind, const QString &name)
{
    SqliteStatement s(m_database.handle(), "UPDATE import_mapping SET deleted = 1, revision = revision + 1,"
                                           " updated_at = ? WHERE programme_id = ? AND kind = ? AND name = ? AND deleted = 0");
    s.bind(1, SqlValue::timestamp(QDateTime::currentDateTimeUtc()));
    s.bind(2, programmeId);
    s.bind(3, kind);
    s.bind(4, name);
    if (!s.ok() || !s.run())
        return fail(tr("The mapping \"%1\" could not be removed: %2").arg(name, s.error()));
    return {};
}
