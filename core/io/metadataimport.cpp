#include "metadataimport.h"

#include "storage/backups.h"

#include "services/dhis2mappingservice.h"

#include "dhis2metadata.h"
#include "periodtext.h"
#include "services/auditedwrite.h"
#include "services/indicatorservice.h"
#include "services/permissions.h"
#include "services/siteservice.h"
#include "storage/categoryoptionrepository.h"
#include "storage/database.h"
#include "storage/indicatorrepository.h"
#include "storage/rowstore.h"
#include "storage/siterepository.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlvalue.h"
#include "tablereader.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace {
struct FieldDef
{
    const char *key;
    const char *label;
    QStringList synonyms; // compared after simplified() and toCaseFolded()
};

const QList<FieldDef> &siteFields()
{
    static const QList<FieldDef> list = {
        {"code", QT_TRANSLATE_NOOP("MetadataMapping", "Code"),
         {u"code"_qs, u"site code"_qs, u"site_code"_qs, u"sitecode"_qs, u"site id"_qs, u"id"_qs, u"代码"_qs, u"编码"_qs,
          u"编号"_qs, u"项目点代码"_qs, u"项目点编码"_qs, u"项目点编号"_qs, u"站点代码"_qs, u"站点编码"_qs,
          u"区划代码"_qs, u"行政区划代码"_qs}},
        {"name_en", QT_TRANSLATE_NOOP("MetadataMapping", "Name (English)"),
         {u"name"_qs, u"name_en"_qs, u"name en"_qs, u"name (en)"_qs, u"english name"_qs, u"site name"_qs,
          u"英文名称"_qs, u"英文名"_qs}},
        {"name_zh", QT_TRANSLATE_NOOP("MetadataMapping", "Name (Chinese)"),
         {u"name_zh"_qs, u"name zh"_qs, u"name (zh)"_qs, u"chinese name"_qs, u"名称"_qs, u"中文名称"_qs, u"中文名"_qs,
          u"项目点名称"_qs, u"站点名称"_qs}},
        {"province_en", QT_TRANSLATE_NOOP("MetadataMapping", "Province (English)"),
         {u"province"_qs, u"province_en"_qs, u"province (en)"_qs}},
        {"province_zh", QT_TRANSLATE_NOOP("MetadataMapping", "Province (Chinese)"),
         {u"province_zh"_qs, u"province (zh)"_qs, u"省"_qs, u"省份"_qs, u"省名称"_qs}},
        {"prefecture_en", QT_TRANSLATE_NOOP("MetadataMapping", "Prefecture (English)"),
         {u"prefecture"_qs, u"prefecture_en"_qs, u"prefecture (en)"_qs, u"city"_qs}},
        {"prefecture_zh", QT_TRANSLATE_NOOP("MetadataMapping", "Prefecture (Chinese)"),
         {u"prefecture_zh"_qs, u"prefecture (zh)"_qs, u"市"_qs, u"地市"_qs, u"市州"_qs, u"地级市"_qs, u"市/州"_qs}},
        {"county_en", QT_TRANSLATE_NOOP("MetadataMapping", "County (English)"),
         {u"county"_qs, u"county_en"_qs, u"county (en)"_qs, u"district"_qs}},
        {"county_zh", QT_TRANSLATE_NOOP("MetadataMapping", "County (Chinese)"),
         {u"county_zh"_qs, u"county (zh)"_qs, u"县"_qs, u"区县"_qs, u"县区"_qs, u"县/区"_qs, u"县（区）"_qs}},
        {"township_en", QT_TRANSLATE_NOOP("MetadataMapping", "Township (English)"),
         {u"township"_qs, u"township_en"_qs, u"township (en)"_qs, u"town"_qs}},
        {"township_zh", QT_TRANSLATE_NOOP("MetadataMapping", "Township (Chinese)"),
         {u"township_zh"_qs, u"township (zh)"_qs, u"乡镇"_qs, u"乡"_qs, u"镇"_qs, u"乡/镇"_qs, u"街道"_qs}},
        {"arm", QT_TRANSLATE_NOOP("MetadataMapping", "Arm"),
         {u"arm"_qs, u"study arm"_qs, u"group"_qs, u"pilot/comparison"_qs, u"组别"_qs, u"试点/对照"_qs, u"项目点类型"_qs}},
        {"locality", QT_TRANSLATE_NOOP("MetadataMapping", "Rural or urban"),
         {u"locality"_qs, u"rural/urban"_qs, u"urban/rural"_qs, u"rural_urban"_qs, u"城乡"_qs, u"城乡类型"_qs,
          u"农村/城市"_qs}},
        {"ethnic_minority_area", QT_TRANSLATE_NOOP("MetadataMapping", "Ethnic minority area"),
         {u"ethnic minority area"_qs, u"ethnic_minority_area"_qs, u"minority area"_qs, u"ethnic minority"_qs,
          u"民族地区"_qs, u"少数民族地区"_qs}},
        {"poverty_county", QT_TRANSLATE_NOOP("MetadataMapping", "Poverty county"),
         {u"poverty county"_qs, u"poverty_county"_qs, u"poverty"_qs, u"贫困县"_qs, u"脱贫县"_qs, u"国家级贫困县"_qs}},
        {"child_population", QT_TRANSLATE_NOOP("MetadataMapping", "Child population"),
         {u"child population"_qs, u"child_population"_qs, u"children"_qs, u"儿童人口"_qs, u"儿童人数"_qs, u"儿童数"_qs}},
        {"latitude", QT_TRANSLATE_NOOP("MetadataMapping", "Latitude"), {u"latitude"_qs, u"lat"_qs, u"纬度"_qs}},
        {"longitude", QT_TRANSLATE_NOOP("MetadataMapping", "Longitude"),
         {u"longitude"_qs, u"lon"_qs, u"lng"_qs, u"long"_qs, u"经度"_qs}},
        {"intervention_start", QT_TRANSLATE_NOOP("MetadataMapping", "Intervention start"),
         {u"intervention start"_qs, u"intervention_start"_qs, u"intervention start date"_qs, u"start"_qs,
          u"start date"_qs, u"干预开始"_qs, u"干预开始时间"_qs, u"干预开始日期"_qs, u"开始时间"_qs, u"开始日期"_qs}},
        {"status", QT_TRANSLATE_NOOP("MetadataMapping", "Status"), {u"status"_qs, u"site status"_qs, u"状态"_qs}},
    };
    return list;
}

const QList<FieldDef> &indicatorFields()
{
    static const QList<FieldDef> list = {
        {"code", QT_TRANSLATE_NOOP("MetadataMapping", "Code"),
         {u"code"_qs, u"indicator code"_qs, u"indicator_code"_qs, u"id"_qs, u"代码"_qs, u"编码"_qs, u"编号"_qs,
          u"指标代码"_qs, u"指标编码"_qs, u"指标编号"_qs}},
        {"name_en", QT_TRANSLATE_NOOP("MetadataMapping", "Name (English)"),
         {u"name"_qs, u"name_en"_qs, u"name (en)"_qs, u"english name"_qs, u"indicator name"_qs, u"英文名称"_qs,
          u"英文名"_qs}},
        {"name_zh", QT_TRANSLATE_NOOP("MetadataMapping", "Name (Chinese)"),
         {u"name_zh"_qs, u"name (zh)"_qs, u"chinese name"_qs, u"名称"_qs, u"中文名称"_qs, u"指标名称"_qs, u"中文名"_qs}},
        {"definition_en", QT_TRANSLATE_NOOP("MetadataMapping", "Definition (English)"),
         {u"definition"_qs, u"definition_en"_qs, u"definition (en)"_qs, u"description"_qs, u"英文定义"_qs}},
        {"definition_zh", QT_TRANSLATE_NOOP("MetadataMapping", "Definition (Chinese)"),
         {u"definition_zh"_qs, u"definition (zh)"_qs, u"定义"_qs, u"中文定义"_qs, u"指标定义"_qs}},
        {"outcome_area", QT_TRANSLATE_NOOP("MetadataMapping", "Outcome area"),
         {u"outcome area"_qs, u"outcome_area"_qs, u"area"_qs, u"领域"_qs, u"结果领域"_qs, u"成果领域"_qs}},
        {"value_type", QT_TRANSLATE_NOOP("MetadataMapping", "Value type"),
         {u"value type"_qs, u"value_type"_qs, u"type"_qs, u"类型"_qs, u"数值类型"_qs, u"值类型"_qs, u"指标类型"_qs}},
        {"direction", QT_TRANSLATE_NOOP("MetadataMapping", "Direction"),
         {u"direction"_qs, u"desired direction"_qs, u"方向"_qs, u"期望方向"_qs}},
        {"frequency", QT_TRANSLATE_NOOP("MetadataMapping", "Frequency"),
         {u"frequency"_qs, u"reporting frequency"_qs, u"频率"_qs, u"报告频率"_qs}},
        {"min", QT_TRANSLATE_NOOP("MetadataMapping", "Minimum"), {u"min"_qs, u"minimum"_qs, u"min_value"_qs, u"最小值"_qs}},
        {"max", QT_TRANSLATE_NOOP("MetadataMapping", "Maximum"), {u"max"_qs, u"maximum"_qs, u"max_value"_qs, u"最大值"_qs}},
        {"baseline", QT_TRANSLATE_NOOP("MetadataMapping", "Baseline"), {u"baseline"_qs, u"基线"_qs, u"基线值"_qs}},
        {"target", QT_TRANSLATE_NOOP("MetadataMapping", "Target"), {u"target"_qs, u"目标"_qs, u"目标值"_qs}},
        {"target_kind", QT_TRANSLATE_NOOP("MetadataMapping", "Target kind"),
         {u"target kind"_qs, u"target_kind"_qs, u"目标类型"_qs}},
        {"required", QT_TRANSLATE_NOOP("MetadataMapping", "Required"),
         {u"required"_qs, u"mandatory"_qs, u"必填"_qs, u"必报"_qs}},
        {"options", QT_TRANSLATE_NOOP("MetadataMapping", "Category options"),
         {u"options"_qs, u"category options"_qs, u"category_options"_qs, u"disaggregation"_qs, u"分类选项"_qs,
          u"分类"_qs, u"分组"_qs, u"分类选项代码"_qs}},
    };
    return list;
}

const QList<FieldDef> &fieldsOf(MetadataMapping::Kind kind)
{
    return kind == MetadataMapping::Kind::Sites ? siteFields() : indicatorFields();
}

QString folded(const QString &s)
{
    return s.simplified().toCaseFolded();
}

// Full-width digits and signs as ASCII (NFKC), trimmed.
QString plain(const QString &s)
{
    return s.normalized(QString::NormalizationForm_KC).trimmed();
}

template<typename E>
bool parseWord(const QString &text, std::initializer_list<std::pair<const char16_t *, E>> extra, E *value)
{
    const QString f = folded(plain(text));
    for (E e : Vocabulary::all<E>()) {
        const QString key = Vocabulary::key(e);
        if (f == key || f == QString(key).replace(u'_', u' ') || f == folded(Vocabulary::label(e))) {
            *value = e;
            return true;
        }
    }
    for (const auto &[word, e] : extra) {
        if (f == folded(QString::fromUtf16(word))) {
            *value = e;
            return true;
        }
    }
    return false;
}

bool parseBool(const QString &text, bool *value)
{
    static const QStringList yes = {u"yes"_qs, u"y"_qs, u"true"_qs, u"1"_qs, u"是"_qs, u"有"_qs, u"√"_qs};
    static const QStringList no = {u"no"_qs, u"n"_qs, u"false"_qs, u"0"_qs, u"否"_qs, u"无"_qs, u"×"_qs};
    const QString f = folded(plain(text));
    if (yes.contains(f))
        *value = true;
    else if (no.contains(f))
        *value = false;
    else
        return false;
    return true;
}

std::optional<double> parseNumber(const QString &text)
{
    static const QRegularExpression grouped(QStringLiteral("^[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?$"));
    QString t = plain(text);
    t.remove(u' ');
    if (t.endsWith(u'%'))
        t.chop(1);
    if (grouped.match(t).hasMatch())
        t.remove(u',');
    bool ok = false;
    const double d = t.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

// A date, a month (its first day) or an Excel date serial.
QDate parseDate(const QString &text)
{
    static const QRegularExpression serial(QStringLiteral("^\\d{1,3}(\\.\\d+)?$|^\\d{5}(\\.\\d+)?$"));
    static const QRegularExpression date(QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
                                                        "(?:[ T].*)?$"));
    const QString t = plain(text);
    if (serial.match(t).hasMatch())
        return PeriodText::fromExcelSerial(t.toDouble());
    if (const auto m = date.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const Period p = PeriodText::parse(t, Period::Type::Invalid);
    return p.isValid() ? p.startDate() : QDate();
}

QString quoted(const QString &s)
{
    return QStringLiteral("“%1”").arg(s);
}
} // namespace

QStringList MetadataMapping::fields(Kind kind)
{
    QStringList keys;
    for (const FieldDef &f : fieldsOf(kind))
        keys.append(QString::fromLatin1(f.key));
    return keys;
}

QString MetadataMapping::fieldLabel(const QString &field)
{
    for (const QList<FieldDef> *list : {&siteFields(), &indicatorFields()}) {
        for (const FieldDef &f : *list) {
            if (field == QLatin1StringView(f.key))
                return tr(f.label);
        }
    }
    return field;
}

QString MetadataMapping::kindKey(Kind kind)
{
    return kind == Kind::Sites ? QStringLiteral("sites") : QStringLiteral("indicators");
}

MetadataMapping MetadataMapping::guess(Kind kind, const QStringList &header)
{
    MetadataMapping m;
    m.kind = kind;
    QList<bool> used(header.size(), false);
    for (const FieldDef &f : fieldsOf(kind)) {
        const QString key = QString::fromLatin1(f.key);
        auto matches = [&](const QString &text) {
            const QString h = folded(text);
            return h == key || f.synonyms.contains(h);
        };
        for (qsizetype c = 0; c < header.size(); ++c) {
            // "Code / 代码" (the headers of ScaleReady's own workbooks): either half may match.
            const QStringList halves = header.at(c).split(u'/');
            const bool bilingual = halves.size() == 2 && (matches(halves[0]) || matches(halves[1]));
            if (!used[c] && (matches(header.at(c)) || bilingual)) {
                m.columns.insert(key, header.at(c));
                used[c] = true;
                break;
            }
        }
    }
    return m;
}

Result<QHash<QString, int>> MetadataMapping::resolve(const QStringList &header) const
{
    QHash<QString, int> index;
    QStringList missing;
    QHash<int, int> uses;
    for (const QString &field : fields(kind)) {
        const QString name = columns.value(field);
        if (name.isEmpty())
            continue;
        int found = -1;
        for (qsizetype c = 0; c < header.size() && found < 0; ++c) {
            if (folded(header.at(c)) == folded(name))
                found = int(c);
        }
        if (found < 0) {
            missing.append(name);
            continue;
        }
        index.insert(field, found);
        if (++uses[found] > 1)
            return fail(tr("The column \"%1\" is chosen for more than one field.").arg(header.at(found)));
    }
    if (!missing.isEmpty())
        return fail(tr("The file has no column %1 that the mapping names.")
                        .arg(QStringLiteral("\"%1\"").arg(missing.join(QStringLiteral("\", \"")))));
    if (!index.contains(QStringLiteral("code")))
        return fail(tr("Choose the column that holds the code: no header of the file is recognised as one."));
    return index;
}

QJsonObject MetadataMapping::toJson() const
{
    QJsonObject c;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (!it.value().isEmpty())
            c.insert(it.key(), it.value());
    }
    return {{QStringLiteral("columns"), c}};
}

MetadataMapping MetadataMapping::fromJson(Kind kind, const QJsonObject &json)
{
    MetadataMapping m;
    m.kind = kind;
    const QJsonObject c = json.value(QStringLiteral("columns")).toObject();
    for (const QString &field : fields(kind)) {
        if (const QString h = c.value(field).toString(); !h.isEmpty())
            m.columns.insert(field, h);
    }
    return m;
}

// ---------------------------------------------------------------------------------------------

struct MetadataImport::State
{
    struct StagedSite
    {
        qint64 row = 0;
        QString column; // for reports: the code's column
        Site site;
        std::optional<Site> stored;
        QString remote;
        bool changed = false;
    };
    struct StagedIndicator
    {
        qint64 row = 0;
        QString column;
        Indicator indicator;
        std::optional<Indicator> stored;
        QStringList newOptions; // codes of options this import creates
        QString remote;
        bool changed = false;
    };
    struct StagedOption
    {
        CategoryOption option;
        QString remote;
        bool exists = false;
    };

    bool checked = false;
    Report report;
    QList<StagedSite> sites;
    QList<StagedIndicator> indicators;
    QList<StagedOption> options;
    QSet<qint64> rejected; // rows (or DHIS2 positions, sites negative)
    qint64 size = -1;
    QDateTime modified;

    void problem(qint64 row, const QString &column, const QString &reason, qint64 key)
    {
        report.problems.append({row, column, reason});
        rejected.insert(key);
    }
};

MetadataImport::MetadataImport(Database &database, Actor actor, Options options)
    : m_database(database), m_actor(std::move(actor)), m_options(std::move(options))
{
}

MetadataImport::~MetadataImport() = default;

QString MetadataImport::cancelledMessage()
{
    return tr("The import was cancelled; nothing was changed.");
}

Result<MetadataImport::Report> MetadataImport::check(const Progress &progress)
{
    m_state = std::make_unique<State>();
    if (auto allowed = Permissions::requireMetadata(m_database, m_actor); !allowed)
        return fail(tr("Only programme managers and administrators import sites and indicators: %1").arg(allowed.error()));
    const QFileInfo info(m_options.path);
    if (!info.isFile())
        return fail(tr("%1 does not exist or is not a file.").arg(m_options.path), ErrorKind::File);
    m_state->size = info.size();
    m_state->modified = info.lastModified();
    auto read = m_options.source == Source::Dhis2 ? readDhis2() : readTable(progress);
    if (!read) {
        const ErrorKind kind = read.errorKind();
        m_state.reset();
        return fail(read.error(), kind);
    }
    std::stable_sort(m_state->report.problems.begin(), m_state->report.problems.end(),
                     [](const Problem &a, const Problem &b) { return a.row < b.row; });
    m_state->report.rejectedRecords = m_state->rejected.size();
    classify();
    m_state->checked = true;
    return m_state->report;
}

Result<void> MetadataImport::readTable(const Progress &progress)
{
    State &st = *m_state;
    const bool sites = m_options.source == Source::Sites;
    const MetadataMapping::Kind kind = sites ? MetadataMapping::Kind::Sites : MetadataMapping::Kind::Indicators;
    auto opened = TableFiles::open(m_options.path, m_options.csv, m_options.sheet);
    if (!opened)
        return fail(opened.error(), ErrorKind::File);
    TableReader &reader = *opened.value();
    const QString source = QFileInfo(m_options.path).fileName();
    QStringList header;
    if (!reader.next(&header))
        return fail(reader.error().isEmpty() ? tr("%1 is empty: it has no header row.").arg(source) : reader.error(),
                    ErrorKind::File);
    st.report.format = reader.format();
    const MetadataMapping mapping = m_options.mapping ? *m_options.mapping : MetadataMapping::guess(kind, header);
    auto resolved = mapping.resolve(header);
    if (!resolved)
        return fail(tr("%1: %2").arg(source, resolved.error()), ErrorKind::File);
    const QHash<QString, int> index = resolved.value();
    auto headerOf = [&](const char *field) { return header.value(index.value(QLatin1StringView(field), -1)); };

    QHash<QString, Site> storedSites;
    QHash<QString, Indicator> storedIndicators;
    QHash<QString, qint64> optionIds; // folded code or name → id
    int sortOrder = 0;
    if (sites) {
        for (const Site &s : SiteRepository(m_database).all(m_options.programmeId))
            storedSites.insert(folded(s.code), s);
    } else {
        for (const Indicator &i : IndicatorRepository(m_database).all(m_options.programmeId)) {
            storedIndicators.insert(folded(i.code), i);
            sortOrder = std::max(sortOrder, i.sortOrder + 1);
        }
        const auto options = CategoryOptionRepository(m_database).all(m_options.programmeId);
        for (const CategoryOption &o : options) {
            for (const QString &n : {o.nameZh, o.nameEn})
                if (!n.trimmed().isEmpty())
                    optionIds.insert(folded(n), o.meta.id);
        }
        for (const CategoryOption &o : options)
            optionIds.insert(folded(o.code), o.meta.id); // codes win over names
    }
    SiteService siteService(m_database, m_actor);
    IndicatorService indicatorService(m_database, m_actor);
    QHash<QString, QList<qint64>> rowsOfCode; // folded code → rows
    QHash<QString, QString> codeText;
    QStringList fields;
    qint64 nextProgress = 0;
    while (reader.next(&fields)) {
        const qint64 row = reader.row();
        ++st.report.records;
        if (progress && reader.done() >= nextProgress) {
            if (!progress(reader.done(), reader.total()))
                return fail(cancelledMessage());
            nextProgress = reader.done() + std::max<qint64>(1, reader.total() / 200);
        }
        auto cell = [&](const char *field) {
            const int c = index.value(QLatin1StringView(field), -1);
            return c >= 0 && c < fields.size() ? fields.at(c).trimmed() : QString();
        };
        bool bad = false;
        auto problem = [&](const char *field, const QString &reason) {
            st.problem(row, field ? headerOf(field) : QString(), reason, row);
            bad = true;
        };
        const QString code = cell("code");
        if (code.isEmpty()) {
            problem("code", tr("The code is empty."));
            continue;
        }
        rowsOfCode[folded(code)].append(row);
        codeText.insert(folded(code), code);

        // Text fields; an empty cell keeps what is stored.
        auto text = [&](const char *field, QString *target) {
            if (const QString v = cell(field); !v.isEmpty())
                *target = v;
        };
        auto number = [&](const char *field, std::optional<double> *target) {
            const QString v = cell(field);
            if (v.isEmpty())
                return;
            if (const auto d = parseNumber(v))
                *target = *d;
            else
                problem(field, tr("%1 is not a number.").arg(quoted(v)));
        };
        auto boolean = [&](const char *field, bool *target) {
            const QString v = cell(field);
            if (!v.isEmpty() && !parseBool(v, target))
                problem(field, tr("%1 is not yes or no: write yes or no, 是 or 否, 1 or 0.").arg(quoted(v)));
        };
        if (sites) {
            State::StagedSite staged;
            staged.row = row;
            staged.column = headerOf("code");
            staged.stored = storedSites.contains(folded(code)) ? std::optional(storedSites.value(folded(code))) : std::nullopt;
            Site s = staged.stored ? *staged.stored : Site{};
            s.programmeId = m_options.programmeId;
            s.code = code;
            text("name_en", &s.nameEn);
            text("name_zh", &s.nameZh);
            text("province_en", &s.provinceEn);
            text("province_zh", &s.provinceZh);
            text("prefecture_en", &s.prefectureEn);
            text("prefecture_zh", &s.prefectureZh);
            text("county_en", &s.countyEn);
            text("county_zh", &s.countyZh);
            text("township_en", &s.townshipEn);
            text("township_zh", &s.townshipZh);
            if (const QString v = cell("arm"); !v.isEmpty() &&
                !parseWord<Arm>(v, {{u"intervention", Arm::Pilot}, {u"treatment", Arm::Pilot}, {u"试点", Arm::Pilot},
                                    {u"试点组", Arm::Pilot}, {u"干预", Arm::Pilot}, {u"干预组", Arm::Pilot},
                                    {u"control", Arm::Comparison}, {u"对照", Arm::Comparison},
                                    {u"对照组", Arm::Comparison}, {u"比较", Arm::Comparison}},
                                &s.arm))
                problem("arm", tr("%1 is not an arm: write pilot or comparison (试点 or 对照).").arg(quoted(v)));
            if (const QString v = cell("locality"); !v.isEmpty() &&
                !parseWord<Locality>(v, {{u"农村", Locality::Rural}, {u"乡村", Locality::Rural},
                                         {u"城市", Locality::Urban}, {u"城镇", Locality::Urban}},
                                     &s.locality))
                problem("locality", tr("%1 is not rural or urban: write rural or urban (农村 or 城市).").arg(quoted(v)));
            boolean("ethnic_minority_area", &s.ethnicMinorityArea);
            boolean("poverty_county", &s.povertyCounty);
            if (const QString v = cell("child_population"); !v.isEmpty()) {
                const auto d = parseNumber(v);
                if (!d || *d != std::floor(*d) || std::abs(*d) > 2e9)
                    problem("child_population", tr("%1 is not a whole number.").arg(quoted(v)));
                else if (*d < 0)
                    problem("child_population", tr("The child population cannot be negative."));
                else
                    s.childPopulation = int(*d);
            }
            number("latitude", &s.latitude);
            number("longitude", &s.longitude);
            if (s.latitude && (*s.latitude < -90 || *s.latitude > 90))
                problem("latitude", tr("The latitude %1 is outside −90 to 90 degrees.").arg(cell("latitude")));
            if (s.longitude && (*s.longitude < -180 || *s.longitude > 180))
                problem("longitude", tr("The longitude %1 is outside −180 to 180 degrees.").arg(cell("longitude")));
            if (const QString v = cell("intervention_start"); !v.isEmpty()) {
                const QDate d = parseDate(v);
                if (d.isValid())
                    s.interventionStart = d;
                else
                    problem("intervention_start", tr("%1 is not a date or a month.").arg(quoted(v)));
            }
            if (const QString v = cell("status"); !v.isEmpty() &&
                !parseWord<SiteStatus>(v, {{u"活跃", SiteStatus::Active}, {u"正常", SiteStatus::Active},
                                           {u"在用", SiteStatus::Active}, {u"暂停", SiteStatus::Suspended},
                                           {u"关闭", SiteStatus::Closed}, {u"已关闭", SiteStatus::Closed},
                                           {u"结束", SiteStatus::Closed}},
                                       &s.status))
                problem("status", tr("%1 is not a site status: write active, suspended or closed.").arg(quoted(v)));
            if (!bad) {
                if (auto valid = siteService.validate(s); !valid)
                    problem(nullptr, valid.error());
            }
            staged.site = s;
            st.sites.append(staged);
        } else {
            State::StagedIndicator staged;
            staged.row = row;
            staged.column = headerOf("code");
            staged.stored = storedIndicators.contains(folded(code)) ? std::optional(storedIndicators.value(folded(code)))
                                                                     : std::nullopt;
            Indicator i = staged.stored ? *staged.stored : Indicator{};
            i.programmeId = m_options.programmeId;
            i.code = code;
            if (!staged.stored)
                i.sortOrder = sortOrder++;
            text("name_en", &i.nameEn);
            text("name_zh", &i.nameZh);
            text("definition_en", &i.definitionEn);
            text("definition_zh", &i.definitionZh);
            auto word = [&](const char *field, auto *target, auto extra, const QString &choices) {
                const QString v = cell(field);
                if (!v.isEmpty() && !parseWord(v, extra, target))
                    problem(field, tr("%1 is not one of: %2.").arg(quoted(v), choices));
            };
            auto keys = [](auto all) {
                QStringList list;
                for (auto e : all)
                    list.append(Vocabulary::key(e));
                return list.join(QStringLiteral(", "));
            };
            using OA = OutcomeArea;
            word("outcome_area", &i.area,
                 std::initializer_list<std::pair<const char16_t *, OA>>{
                     {u"健康", OA::Health}, {u"卫生", OA::Health}, {u"营养", OA::Nutrition},
                     {u"early learning", OA::EarlyLearning}, {u"早期学习", OA::EarlyLearning},
                     {u"早期教育", OA::EarlyLearning}, {u"早期发展", OA::EarlyLearning},
                     {u"child protection", OA::Protection}, {u"儿童保护", OA::Protection}, {u"保护", OA::Protection},
                     {u"水和环境卫生", OA::Wash}, {u"水与卫生", OA::Wash}, {u"其他", OA::Other}},
                 keys(Vocabulary::all<OA>()));
            word("value_type", &i.valueType,
                 std::initializer_list<std::pair<const char16_t *, ValueType>>{
                     {u"number", ValueType::Count}, {u"计数", ValueType::Count}, {u"数量", ValueType::Count},
                     {u"人数", ValueType::Count}, {u"percent", ValueType::Percentage}, {u"%", ValueType::Percentage},
                     {u"百分比", ValueType::Percentage}, {u"比例", ValueType::Percentage},
                     {u"rate", ValueType::RatePer1000}, {u"per 1000", ValueType::RatePer1000},
                     {u"千分率", ValueType::RatePer1000}, {u"每千", ValueType::RatePer1000},
                     {u"average", ValueType::Mean}, {u"平均", ValueType::Mean}, {u"平均值", ValueType::Mean},
                     {u"均值", ValueType::Mean}, {u"yes/no", ValueType::YesNo}, {u"boolean", ValueType::YesNo},
                     {u"是否", ValueType::YesNo}, {u"是/否", ValueType::YesNo}},
                 keys(Vocabulary::all<ValueType>()));
            word("direction", &i.direction,
                 std::initializer_list<std::pair<const char16_t *, Direction>>{
                     {u"up", Direction::Higher}, {u"increase", Direction::Higher}, {u"越高越好", Direction::Higher},
                     {u"升高", Direction::Higher}, {u"down", Direction::Lower}, {u"decrease", Direction::Lower},
                     {u"越低越好", Direction::Lower}, {u"降低", Direction::Lower}},
                 keys(Vocabulary::all<Direction>()));
            word("frequency", &i.frequency,
                 std::initializer_list<std::pair<const char16_t *, Frequency>>{
                     {u"month", Frequency::Monthly}, {u"月", Frequency::Monthly}, {u"每月", Frequency::Monthly},
                     {u"月度", Frequency::Monthly}, {u"quarter", Frequency::Quarterly}, {u"季度", Frequency::Quarterly},
                     {u"每季度", Frequency::Quarterly}, {u"yearly", Frequency::Annual}, {u"year", Frequency::Annual},
                     {u"annually", Frequency::Annual}, {u"年", Frequency::Annual}, {u"每年", Frequency::Annual},
                     {u"年度", Frequency::Annual}},
                 keys(Vocabulary::all<Frequency>()));
            word("target_kind", &i.targetKind,
                 std::initializer_list<std::pair<const char16_t *, TargetKind>>{
                     {u"累计", TargetKind::Cumulative}, {u"增量", TargetKind::Incremental}, {u"新增", TargetKind::Incremental}},
                 keys(Vocabulary::all<TargetKind>()));
            number("min", &i.minValue);
            number("max", &i.maxValue);
            number("baseline", &i.baseline);
            number("target", &i.target);
            boolean("required", &i.required);
            if (const QString v = cell("options"); !v.isEmpty()) {
                static const QRegularExpression separators(QStringLiteral("[;,；，、]"));
                static const QStringList none = {u"total"_qs, u"none"_qs, u"合计"_qs, u"总计"_qs, u"无"_qs, u"-"_qs};
                QList<qint64> ids;
                if (!none.contains(folded(v))) {
                    for (const QString &part : v.split(separators, Qt::SkipEmptyParts)) {
                        const QString p = part.trimmed();
                        if (p.isEmpty())
                            continue;
                        const qint64 id = optionIds.value(folded(p), 0);
                        if (id == 0)
                            problem("options", tr("%1 is not a category option of this programme.").arg(quoted(p)));
                        else if (!ids.contains(id))
                            ids.append(id);
                    }
                }
                i.optionIds = ids;
            }
            if (!bad) {
                if (auto valid = indicatorService.validate(i); !valid)
                    problem(nullptr, valid.error());
            }
            staged.indicator = i;
            st.indicators.append(staged);
        }
    }
    if (!reader.error().isEmpty())
        return fail(reader.error(), ErrorKind::File);
    for (auto it = rowsOfCode.cbegin(); it != rowsOfCode.cend(); ++it) {
        const QList<qint64> &rows = it.value();
        if (rows.size() < 2)
            continue;
        QStringList others;
        for (qint64 r : rows)
            others.append(QString::number(r));
        for (qint64 r : rows)
            st.problem(r, headerOf("code"),
                       tr("The code %1 is in more than one row of the file (rows %2).").arg(codeText.value(it.key()),
                                                                                           others.join(QStringLiteral(", "))),
                       r);
    }
    return {};
}

Result<void> MetadataImport::readDhis2()
{
    State &st = *m_state;
    auto read = Dhis2Metadata::read(m_options.path);
    if (!read)
        return fail(read.error(), read.errorKind());
    const Dhis2Metadata &dhis2 = read.value();
    st.report.format = tr("DHIS2 metadata (JSON)");
    const qint64 programme = m_options.programmeId;
    const QString units = QStringLiteral("organisationUnits");
    const QString elements = QStringLiteral("dataElements");
    // Rejections are keyed by position: sites negative, indicators positive.
    SiteService siteService(m_database, m_actor);
    IndicatorService indicatorService(m_database, m_actor);

    // Sites: matched by the uid recorded for them, else by code.
    QHash<QString, Site> sitesByCode, sitesByUuid;
    for (const Site &s : SiteRepository(m_database).all(programme)) {
        sitesByCode.insert(folded(s.code), s);
        sitesByUuid.insert(s.meta.uuid, s);
    }
    QHash<QString, QList<qint64>> unitsOfCode;
    for (const Dhis2Metadata::OrgUnit &unit : dhis2.siteUnits()) {
        ++st.report.records;
        State::StagedSite staged;
        staged.row = unit.index;
        staged.column = units;
        staged.remote = unit.uid;
        const QString local = localKeyOfDhis2Uid(m_database, programme, QStringLiteral("site"), unit.uid);
        if (sitesByUuid.contains(local))
            staged.stored = sitesByUuid.value(local);
        else if (sitesByCode.contains(folded(unit.code)))
            staged.stored = sitesByCode.value(folded(unit.code));
        Site s = staged.stored ? *staged.stored : Site{};
        if (!staged.stored)
            s.arm = m_options.dhis2Arm;
        s.programmeId = programme;
        dhis2.applyTo(unit, &s);
        if (unit.uid.isEmpty() || unit.code.isEmpty())
            st.problem(unit.index, units, tr("Organisation unit %1 has no id.").arg(unit.index), -unit.index);
        else if (auto valid = siteService.validate(s); !valid)
            st.problem(unit.index, units, tr("Organisation unit %1: %2").arg(unit.uid, valid.error()), -unit.index);
        unitsOfCode[folded(s.code)].append(unit.index);
        staged.site = s;
        st.sites.append(staged);
    }
    for (auto it = unitsOfCode.cbegin(); it != unitsOfCode.cend(); ++it) {
        if (it.value().size() > 1) {
            for (qint64 i : it.value())
                st.problem(i, units, tr("The code %1 belongs to more than one organisation unit.").arg(it.key()), -i);
        }
    }

    // Category options: matched by the uid recorded for them, by code, or by the same dimension tags.
    const QList<CategoryOption> storedOptions = CategoryOptionRepository(m_database).all(programme);
    int optionOrder = 0;
    for (const CategoryOption &o : storedOptions)
        optionOrder = std::max(optionOrder, o.sortOrder + 1);
    auto tagKey = [](QList<DimensionTag> tags) {
        std::sort(tags.begin(), tags.end(), [](const DimensionTag &a, const DimensionTag &b) { return a.dimension < b.dimension; });
        QStringList parts;
        for (const DimensionTag &t : tags)
            parts.append(t.dimension + u'=' + t.member);
        return parts.join(u';');
    };
    // Staged option per combo option: its index in st.options.
    auto stageOption = [&](const Dhis2Metadata::OptionCombo &oc) -> qsizetype {
        for (qsizetype i = 0; i < st.options.size(); ++i) {
            const State::StagedOption &o = st.options.at(i);
            if ((!oc.uid.isEmpty() && o.remote == oc.uid) || folded(o.option.code) == folded(oc.code))
                return i;
        }
        State::StagedOption staged;
        staged.remote = oc.uid;
        const QString local = oc.uid.isEmpty() ? QString()
                                               : localKeyOfDhis2Uid(m_database, programme, QStringLiteral("option"), oc.uid);
        for (const CategoryOption &o : storedOptions) {
            if (!staged.exists && !local.isEmpty() && o.meta.uuid == local) {
                staged.option = o;
                staged.exists = true;
            }
        }
        for (const CategoryOption &o : storedOptions) {
            if (!staged.exists && folded(o.code) == folded(oc.code)) {
                staged.option = o;
                staged.exists = true;
            }
        }
        for (const CategoryOption &o : storedOptions) {
            if (!staged.exists && !oc.tags.isEmpty() && tagKey(o.tags) == tagKey(oc.tags)) {
                staged.option = o;
                staged.exists = true;
            }
        }
        if (!staged.exists) {
            staged.option.programmeId = programme;
            staged.option.code = oc.code;
            staged.option.nameEn = oc.nameEn;
            staged.option.nameZh = oc.nameZh;
            if (staged.option.nameEn.isEmpty() && staged.option.nameZh.isEmpty())
                staged.option.nameEn = oc.code;
            staged.option.tags = oc.tags;
            staged.option.sortOrder = optionOrder++;
        }
        st.options.append(staged);
        return st.options.size() - 1;
    };

    QHash<QString, Indicator> indicatorsByCode, indicatorsByUuid;
    int sortOrder = 0;
    for (const Indicator &i : IndicatorRepository(m_database).all(programme)) {
        indicatorsByCode.insert(folded(i.code), i);
        indicatorsByUuid.insert(i.meta.uuid, i);
        sortOrder = std::max(sortOrder, i.sortOrder + 1);
    }
    QHash<QString, QList<qint64>> elementsOfCode;
    for (const Dhis2Metadata::DataElement &e : dhis2.dataElements) {
        ++st.report.records;
        QString reason;
        const auto type = Dhis2Metadata::valueType(e, &reason);
        if (!type) {
            ++st.report.skipped;
            st.report.notes.append(tr("Skipped %1").arg(reason));
            continue;
        }
        State::StagedIndicator staged;
        staged.row = e.index;
        staged.column = elements;
        staged.remote = e.uid;
        const QString local = localKeyOfDhis2Uid(m_database, programme, QStringLiteral("indicator"), e.uid);
        if (indicatorsByUuid.contains(local))
            staged.stored = indicatorsByUuid.value(local);
        else if (indicatorsByCode.contains(folded(e.code)))
            staged.stored = indicatorsByCode.value(folded(e.code));
        Indicator i = staged.stored ? *staged.stored : Indicator{};
        if (!staged.stored) {
            i.area = OutcomeArea::Other;
            i.sortOrder = sortOrder++;
        }
        i.programmeId = programme;
        Dhis2Metadata::applyTo(e, *type, &i);
        // The disaggregation changes only where the file says what it is: an element exported
        // without its category combo keeps the stored one.
        if (dhis2.combos.contains(e.comboUid)) {
            i.optionIds.clear();
            for (const Dhis2Metadata::OptionCombo &oc : dhis2.combos.value(e.comboUid)) {
                const State::StagedOption &o = st.options.at(stageOption(oc));
                if (o.exists) {
                    if (!i.optionIds.contains(o.option.meta.id))
                        i.optionIds.append(o.option.meta.id);
                } else if (!staged.newOptions.contains(o.option.code)) {
                    staged.newOptions.append(o.option.code);
                }
            }
        }
        if (e.uid.isEmpty() || e.code.isEmpty())
            st.problem(e.index, elements, tr("Data element %1 has no id.").arg(e.index), e.index);
        else if (auto valid = indicatorService.validate(i); !valid)
            st.problem(e.index, elements, tr("Data element %1: %2").arg(e.uid, valid.error()), e.index);
        elementsOfCode[folded(i.code)].append(e.index);
        staged.indicator = i;
        st.indicators.append(staged);
    }
    for (auto it = elementsOfCode.cbegin(); it != elementsOfCode.cend(); ++it) {
        if (it.value().size() > 1) {
            for (qint64 i : it.value())
                st.problem(i, elements, tr("The code %1 belongs to more than one data element.").arg(it.key()), i);
        }
    }
    return {};
}

void MetadataImport::classify()
{
    State &st = *m_state;
    const bool dhis2 = m_options.source == Source::Dhis2;
    Report &r = st.report;
    for (State::StagedSite &s : st.sites) {
        if (st.rejected.contains(dhis2 ? -s.row : s.row))
            continue;
        if (!s.stored)
            ++r.inserted;
        else if ((s.changed = auditedState<SiteRepository>(s.site) != auditedState<SiteRepository>(*s.stored)))
            ++r.updated;
        else
            ++r.unchanged;
    }
    for (State::StagedIndicator &i : st.indicators) {
        if (st.rejected.contains(i.row))
            continue;
        if (!i.stored)
            ++r.inserted;
        else if ((i.changed = !i.newOptions.isEmpty() ||
                              auditedState<IndicatorRepository>(i.indicator) != auditedState<IndicatorRepository>(*i.stored)))
            ++r.updated;
        else
            ++r.unchanged;
    }
    for (const State::StagedOption &o : st.options)
        r.optionsCreated += o.exists ? 0 : 1;
}

Result<MetadataImport::Report> MetadataImport::apply(const Progress &progress)
{
    if (!m_state || !m_state->checked)
        return fail(tr("Check the file before importing it."));
    State &st = *m_state;
    Report &report = st.report;
    if (report.applied)
        return fail(tr("This file was already imported; check it again to import it once more."));
    if (report.rejectedRecords > 0)
        return fail(tr("Nothing was imported: %n row(s) of the file were rejected. Correct them and import the whole "
                       "file again.",
                       nullptr, int(std::min<qint64>(report.rejectedRecords, INT_MAX))));
    if (auto allowed = Permissions::requireMetadata(m_database, m_actor); !allowed)
        return fail(tr("Only programme managers and administrators import sites and indicators: %1").arg(allowed.error()));
    const QFileInfo info(m_options.path);
    if (info.size() != st.size || info.lastModified() != st.modified)
        return fail(tr("%1 changed since it was checked; check it again.").arg(info.fileName()), ErrorKind::File);

    // A copy of the database before anything is written (README, "Backups").
    auto backup = Backups::create(m_database, Backups::Kind::BeforeImport);
    if (!backup)
        return fail(tr("Nothing was imported: %1").arg(backup.error()), ErrorKind::File);
    report.backup = backup->path;

    const qint64 programme = m_options.programmeId;
    const qint64 total = st.sites.size() + st.indicators.size() + st.options.size();
    qint64 done = 0;
    auto step = [&]() { return !progress || progress(++done, total); };
    SiteService sites(m_database, m_actor);
    IndicatorService indicators(m_database, m_actor);
    auto written = m_database.transaction([&]() -> Result<void> {
        QHash<QString, qint64> newOptionIds;
        CategoryOptionRepository optionRepo(m_database);
        for (State::StagedOption &o : st.options) {
            if (!o.exists) {
                auto created = auditedWrite<CategoryOptionRepository>(
                    m_database, m_actor, QStringLiteral("category_option"), QStringLiteral("create"), {}, o.option,
                    [&](CategoryOption &row) { return optionRepo.insert(row, m_actor); });
                if (!created)
                    return fail(created.error());
                o.option = created.value();
                newOptionIds.insert(o.option.code, o.option.meta.id);
            }
            if (!o.remote.isEmpty()) {
                if (auto recorded = recordDhis2Uid(m_database, programme, QStringLiteral("option"), o.option.meta.uuid,
                                                   o.remote, m_actor);
                    !recorded)
                    return fail(recorded.error());
            }
            if (!step())
                return fail(cancelledMessage());
        }
        for (const State::StagedSite &s : st.sites) {
            QString uuid = s.stored ? s.stored->meta.uuid : QString();
            if (!s.stored || s.changed) {
                auto saved = s.stored ? sites.update(s.site) : sites.create(s.site);
                if (!saved)
                    return fail(tr("Row %1: %2").arg(s.row).arg(saved.error()));
                uuid = saved->meta.uuid;
            }
            if (!s.remote.isEmpty()) {
                if (auto recorded = recordDhis2Uid(m_database, programme, QStringLiteral("site"), uuid, s.remote, m_actor);
                    !recorded)
                    return fail(recorded.error());
            }
            if (!step())
                return fail(cancelledMessage());
        }
        for (const State::StagedIndicator &i : st.indicators) {
            QString uuid = i.stored ? i.stored->meta.uuid : QString();
            if (!i.stored || i.changed) {
                Indicator row = i.indicator;
                for (const QString &code : i.newOptions)
                    row.optionIds.append(newOptionIds.value(code));
                auto saved = i.stored ? indicators.update(row) : indicators.create(row);
                if (!saved)
                    return fail(tr("Row %1: %2").arg(i.row).arg(saved.error()));
                uuid = saved->meta.uuid;
            }
            if (!i.remote.isEmpty()) {
                if (auto recorded = recordDhis2Uid(m_database, programme, QStringLiteral("indicator"), uuid, i.remote, m_actor);
                    !recorded)
                    return fail(recorded.error());
            }
            if (!step())
                return fail(cancelledMessage());
        }
        return {};
    });
    if (!written)
        return fail(written.error());
    report.applied = true;
    return report;
}

// DHIS2 ids are recorded through the mapping service: validated and audited like an edit in
// the DHIS2 codes dialog.
Result<bool> MetadataImport::recordDhis2Uid(Database &database, qint64 programmeId, const QString &kind,
                                            const QString &localKey, const QString &remote, const Actor &actor)
{
    Dhis2Kind k = Dhis2Kind::Site;
    if (!dhis2KindFromKey(kind, &k))
        return fail(tr("The DHIS2 id %1 could not be recorded: %2").arg(remote, kind));
    Dhis2MappingService service(database, actor);
    const auto stored = service.find(programmeId, k, localKey);
    if (stored && stored->remote == remote && !stored->meta.deleted)
        return false;
    Dhis2Mapping mapping = stored ? *stored : Dhis2Mapping{};
    mapping.programmeId = programmeId;
    mapping.kind = k;
    mapping.localKey = localKey;
    mapping.remote = remote;
    auto set = service.set(mapping);
    if (!set)
        return fail(tr("The DHIS2 id %1 could not be recorded: %2").arg(remote, set.error()));
    return true;
}

QString MetadataImport::localKeyOfDhis2Uid(Database &database, qint64 programmeId, const QString &kind, const QString &remote)
{
    if (remote.isEmpty())
        return {};
    SqliteStatement s(database.handle(), "SELECT local_key FROM dhis2_mapping WHERE programme_id = ? AND kind = ?"
                                         " AND remote = ? AND deleted = 0 ORDER BY id DESC LIMIT 1");
    s.bind(1, programmeId);
    s.bind(2, kind);
    s.bind(3, remote);
    return s.next() ? s.text(0) : QString();
}
