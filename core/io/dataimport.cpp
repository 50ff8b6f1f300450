#include "dataimport.h"

#include "storage/backups.h"

#include "periodtext.h"
#include "services/datavalueservice.h"
#include "services/indicatorservice.h"
#include "services/permissions.h"
#include "storage/auditlog.h"
#include "storage/categoryoptionrepository.h"
#include "storage/database.h"
#include "storage/indicatorrepository.h"
#include "storage/programmerepository.h"
#include "storage/rowstore.h"
#include "storage/siterepository.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlvalue.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QUuid>

#include <atomic>
#include <cmath>

namespace {
using Field = ImportMapping::Field;
using Part = ImportMapping::Part;

// Classes of a staged value.
enum Class { Rejected = 0, New = 1, Changed = 2, Same = 3 };

QString folded(QStringView s)
{
    return s.toString().simplified().toCaseFolded();
}

// Numbers as spreadsheets write them: "1234.5", " 1,234.5 ", full-width digits; in a
// semicolon-delimited file (European spreadsheets) "1,5" is one and a half.
std::optional<double> number(QStringView cell, QChar delimiter, bool *ok)
{
    *ok = true;
    QString s = cell.trimmed().toString();
    if (s.isEmpty())
        return std::nullopt;
    for (QChar &c : s) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(char16_t(c.unicode() - 0xFEE0));
    }
    bool parsed = false;
    if (delimiter == u';' && s.count(u',') == 1 && !s.contains(u'.'))
        s.replace(u',', u'.');
    double v = s.toDouble(&parsed);
    if (!parsed && s.contains(u',')) {
        // Thousands separators only where they group three digits.
        static const QRegularExpression grouped(QStringLiteral("^[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?$"));
        if (grouped.match(s).hasMatch())
            v = QString(s).remove(u',').toDouble(&parsed);
    }
    if (!parsed || !std::isfinite(v)) {
        *ok = false;
        return std::nullopt;
    }
    return v;
}

bool sameNumber(const std::optional<double> &a, const std::optional<double> &b)
{
    if (!a || !b)
        return !a && !b;
    return *a == *b || std::abs(*a - *b) <= 1e-12 * std::max(std::abs(*a), std::abs(*b));
}

void appendNumber(QByteArray &out, const std::optional<double> &v)
{
    if (!v)
        out.append("null");
    else if (*v == std::floor(*v) && std::abs(*v) < 1e15)
        out.append(QByteArray::number(qint64(*v)));
    else
        out.append(QByteArray::number(*v, 'g', QLocale::FloatingPointShortest)); // as Qt's JSON writes
}

qint64 dataVersion(sqlite3 *db)
{
    SqliteStatement s(db, "PRAGMA data_version");
    return s.next() ? s.int64(0) : -2;
}

// The file's SHA-256, hex; empty when it cannot be read.
QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result().toHex();
}

struct Stored
{
    qint64 id = 0;
    QByteArray uuid;
    std::optional<double> value, numerator, denominator;
    QString comment;
    int followUp = 0;
    int revision = 0;
    bool deleted = false;
};

// The audited state of a data value, as auditedState<DataValueRepository> writes it.
QByteArray valueState(qint64 id, qint64 siteId, qint64 indicatorId, QByteArrayView period, qint64 optionId,
                      const std::optional<double> &value, const std::optional<double> &numerator,
                      const std::optional<double> &denominator, const QString &comment, int followUp, bool deleted)
{
    QByteArray s;
    s.reserve(200 + comment.size() * 3);
    s.append("{\"comment\":");
    AuditLog::appendJsonString(s, comment);
    s.append(",\"deleted\":").append(deleted ? "true" : "false");
    s.append(",\"denominator\":");
    appendNumber(s, denominator);
    s.append(",\"follow_up\":").append(QByteArray::number(followUp));
    s.append(",\"id\":").append(QByteArray::number(id));
    s.append(",\"indicator_id\":").append(QByteArray::number(indicatorId));
    s.append(",\"numerator\":");
    appendNumber(s, numerator);
    s.append(",\"option_id\":").append(optionId > 0 ? QByteArray::number(optionId) : QByteArray("null"));
    s.append(",\"period\":\"").append(period).append('"');
    s.append(",\"site_id\":").append(QByteArray::number(siteId));
    s.append(",\"value\":");
    appendNumber(s, value);
    s.append('}');
    return s;
}

QByteArray draftReportState(qint64 id, qint64 siteId, QByteArrayView period)
{
    QByteArray s("{\"decided_at\":null,\"decided_by\":null,\"deleted\":false,\"id\":");
    s.append(QByteArray::number(id));
    s.append(",\"period\":\"").append(period).append("\",\"reason\":\"\",\"reopened\":0,\"site_id\":");
    s.append(QByteArray::number(siteId));
    s.append(",\"status\":\"draft\",\"submitted_at\":null,\"submitted_by\":null}");
    return s;
}
} // namespace

struct DataImport::State
{
    struct SiteInfo
    {
        qint64 id = 0;
        QString code;
    };
    struct IndicatorInfo
    {
        Indicator indicator;
        Period::Type type = Period::Type::Invalid;
        QHash<QString, qint64> options; // folded code or name → option id
    };
    struct ReportInfo
    {
        QByteArray status;
        bool reopened = false;
    };

    bool checked = false;
    qint64 fileSize = -1;
    QDateTime fileModified;
    QByteArray sha256;
    qint64 dataVersion = -1; // PRAGMA data_version and this connection's changes after the check:
    qint64 totalChanges = -1; // unchanged at the import, nobody wrote in between
    QString siteHeader;
    QStringList header;
    Report report;
    int expiryDays = 0;
};

DataImport::DataImport(Database &database, Actor actor, Options options)
    : m_database(database), m_actor(std::move(actor)), m_options(std::move(options))
{
    // Working tables of their own, should two imports share a connection.
    static std::atomic<int> instances = 0;
    const int n = ++instances;
    m_stage = QStringLiteral("import_stage_%1").arg(n);
    m_problem = QStringLiteral("import_problem_%1").arg(n);
    if (m_options.csv.source.isEmpty())
        m_options.csv.source = QFileInfo(m_options.path).fileName();
}

DataImport::~DataImport()
{
    // The temporary tables belong to the connection: leave nothing behind for its next user.
    if (m_state) {
        sqlite3 *db = m_database.handle();
        sqlite3_exec(db, sql("DROP TABLE IF EXISTS temp.import_stage; DROP TABLE IF EXISTS temp.import_problem").toUtf8().constData(), nullptr,
                     nullptr, nullptr);
    }
}

QString DataImport::sql(const char *text) const
{
    return QString::fromUtf8(text).replace(QLatin1StringView("import_stage"), m_stage)
        .replace(QLatin1StringView("import_problem"), m_problem);
}

QString DataImport::cancelledMessage()
{
    return tr("The import was cancelled; nothing was changed.");
}

Result<void> DataImport::prepareTables()
{
    sqlite3 *db = m_database.handle();
    char *message = nullptr;
    const int rc = sqlite3_exec(
        db,
        sql("DROP TABLE IF EXISTS temp.import_stage; DROP TABLE IF EXISTS temp.import_problem;"
        "CREATE TEMP TABLE import_stage (site_id INTEGER NOT NULL, indicator_id INTEGER NOT NULL, period TEXT NOT NULL,"
        " option_id INTEGER NOT NULL, value REAL, numerator REAL, denominator REAL, comment TEXT,"
        " file_row INTEGER NOT NULL, class INTEGER NOT NULL, dup INTEGER NOT NULL DEFAULT 0, stored_id INTEGER,"
        " PRIMARY KEY (site_id, indicator_id, period, option_id)) WITHOUT ROWID;"
        "CREATE TEMP TABLE import_problem (id INTEGER PRIMARY KEY, file_row INTEGER NOT NULL, column_name TEXT NOT NULL,"
        " reason TEXT NOT NULL);"
        "CREATE INDEX temp.import_problem_row ON import_problem(file_row, id);").toUtf8().constData(),
        nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message);
        sqlite3_free(message);
        return fail(tr("The import could not prepare its working tables: %1").arg(text));
    }
    return {};
}

Result<DataImport::Report> DataImport::check(const Progress &progress)
{
    const Actor actor = Permissions::current(m_database, m_actor);
    if (actor.role == Role::Viewer)
        return fail(tr("Your account may view data but not import it."));
    const auto programme = ProgrammeRepository(m_database).find(m_options.programmeId);
    if (!programme || programme->meta.deleted)
        return fail(tr("The programme to import into does not exist."));

    auto opened = TableFiles::open(m_options.path, m_options.csv, m_options.sheet);
    if (!opened)
        return Error{opened.error(), opened.errorKind()};
    TableReader &reader = *opened.value();
    const QFileInfo info(m_options.path);

    m_state = std::make_unique<State>();
    State &st = *m_state;
    st.expiryDays = programme->expiryDays;
    st.fileSize = info.size();
    st.fileModified = info.lastModified();
    if (auto prepared = prepareTables(); !prepared)
        return fail(prepared.error());
    // One transaction for the whole reading: a consistent view of the database, and the
    // working tables filled without a commit per row. It writes nothing but those tables.
    if (!m_database.beginTransaction())
        return fail(tr("The import could not start reading the database."));
    struct Guard
    {
        Database &database;
        bool done = false;
        ~Guard()
        {
            if (!done)
                database.rollback();
        }
    } guard{m_database};

    // What the file may name: sites, indicators and options by code (or unambiguous name).
    QHash<QString, qint64> sites; // folded code or name → id; 0: ambiguous name
    QHash<qint64, QString> siteCodes;
    for (const Site &s : SiteRepository(m_database).all(m_options.programmeId)) {
        siteCodes.insert(s.meta.id, s.code);
        for (const QString &n : {s.nameEn, s.nameZh}) {
            if (n.trimmed().isEmpty())
                continue;
            const QString key = folded(n);
            sites.insert(key, sites.contains(key) && sites.value(key) != s.meta.id ? 0 : s.meta.id);
        }
    }
    for (auto it = siteCodes.cbegin(); it != siteCodes.cend(); ++it)
        sites.insert(folded(*it), it.key()); // codes win over names
    QHash<qint64, CategoryOption> options;
    for (const CategoryOption &o : CategoryOptionRepository(m_database).all(m_options.programmeId))
        options.insert(o.meta.id, o);
    QHash<QString, qint64> indicatorKeys;
    QHash<qint64, State::IndicatorInfo> indicators;
    QList<ImportMapping::IndicatorName> indicatorNames;
    for (const Indicator &i : IndicatorRepository(m_database).all(m_options.programmeId)) {
        State::IndicatorInfo info{i, DataValueService::periodType(i.frequency), {}};
        for (qint64 id : i.optionIds) {
            const CategoryOption &o = options[id];
            for (const QString &n : {o.nameEn, o.nameZh, o.code}) {
                if (!n.trimmed().isEmpty())
                    info.options.insert(folded(n), id);
            }
        }
        indicators.insert(i.meta.id, info);
        for (const QString &n : {i.nameEn, i.nameZh}) {
            if (n.trimmed().isEmpty())
                continue;
            // A name two indicators share names neither (0): the code must be used.
            const QString key = folded(n);
            indicatorKeys.insert(key, indicatorKeys.contains(key) && indicatorKeys.value(key) != i.meta.id ? 0 : i.meta.id);
        }
    }
    for (auto it = indicators.cbegin(); it != indicators.cend(); ++it)
        indicatorKeys.insert(folded(it->indicator.code), it.key());

    QHash<std::pair<qint64, QString>, State::ReportInfo> reports;
    {
        SqliteStatement s(m_database.handle(), "SELECT r.site_id, r.period, r.status, r.reopened FROM report r"
                                               " JOIN site t ON t.id = r.site_id WHERE t.programme_id = ? AND r.deleted = 0");
        s.bind(1, m_options.programmeId);
        while (s.next())
            reports.insert({s.int64(0), s.text(1)}, {s.bytes(2), s.int64(3) != 0});
    }
    QSet<qint64> allowedSites;
    const bool officer = actor.role == Role::FieldOfficer;
    if (officer) {
        for (auto it = siteCodes.cbegin(); it != siteCodes.cend(); ++it)
            if (Permissions::maySite(m_database, actor, it.key()))
                allowedSites.insert(it.key());
    }

    sqlite3 *db = m_database.handle();
    SqliteStatement lookup(db, "SELECT id, value, numerator, denominator, comment, deleted FROM data_value"
                               " WHERE site_id = ? AND indicator_id = ? AND period = ? AND ifnull(option_id, 0) = ?");
    SqliteStatement stage(db, sql("INSERT INTO import_stage (site_id, indicator_id, period, option_id, value, numerator,"
                              " denominator, comment, file_row, class, stored_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
                              " ON CONFLICT DO NOTHING"));
    SqliteStatement staged(db, sql("SELECT file_row, dup FROM import_stage WHERE site_id = ? AND indicator_id = ?"
                               " AND period = ? AND option_id = ?"));
    SqliteStatement markDup(db, sql("UPDATE import_stage SET dup = 1 WHERE site_id = ? AND indicator_id = ? AND period = ?"
                                " AND option_id = ?"));
    SqliteStatement problem(db, sql("INSERT INTO import_problem (file_row, column_name, reason) VALUES (?,?,?)"));
    if (!lookup.ok() || !stage.ok() || !staged.ok() || !markDup.ok() || !problem.ok())
        return fail(tr("The import could not prepare its queries: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));

    Report &report = st.report;
    // One line per problem: the same reason for several values of one record (a wide row
    // whose site is unknown) is listed once, and counts for each value.
    qint64 lastRow = -1;
    QString lastColumn, lastReason;
    auto addProblem = [&](qint64 row, const QString &column, const QString &reason) {
        if (row == lastRow && column == lastColumn && reason == lastReason)
            return;
        lastRow = row;
        lastColumn = column;
        lastReason = reason;
        problem.bind(1, row);
        problem.bind(2, column);
        problem.bind(3, reason);
        problem.run();
        ++report.problemCount;
        if (report.problems.size() < MaxShown)
            report.problems.append({row, column, reason});
    };

    QStringList fields;
    if (!reader.next(&fields)) {
        if (!reader.error().isEmpty())
            return Error{reader.error(), ErrorKind::File};
        return Error{tr("%1 is empty: it has no header row.").arg(m_options.csv.source), ErrorKind::File};
    }
    st.header = fields;
    const auto resolved = m_options.mapping.resolve(fields);
    if (!resolved)
        return fail(tr("%1: %2").arg(m_options.csv.source, resolved.error()));
    const ImportMapping::Resolved &r = resolved.value();
    report.format = reader.format();
    auto headerOf = [&](int column) { return column >= 0 && column < st.header.size() ? st.header.at(column) : QString(); };
    auto cell = [&](int column) -> QStringView {
        return column >= 0 && column < fields.size() ? QStringView(fields.at(column)) : QStringView();
    };

    // Periods repeat: parse each text once per period type.
    QHash<std::pair<QString, int>, std::pair<Period, QString>> periodCache;
    auto periodOf = [&](QStringView text, Period::Type type, QString *error) {
        const std::pair<QString, int> key{text.toString(), int(type)};
        auto it = periodCache.constFind(key);
        if (it == periodCache.cend()) {
            if (periodCache.size() > 4096) // a column of dates or timestamps: keep memory flat
                periodCache.clear();
            QString why;
            const Period p = PeriodText::parse(text, type, &why);
            it = periodCache.insert(key, {p, why});
        }
        *error = it->second;
        return it->first;
    };

    struct Candidate
    {
        qint64 indicatorId = 0;
        int indicatorColumn = -1;
        int valueColumn = -1, numeratorColumn = -1, denominatorColumn = -1;
        QStringView value, numerator, denominator;
    };
    QList<Candidate> candidates;
    const int siteColumn = r.index[int(Field::Site)];
    const int periodColumn = r.index[int(Field::Period)];
    const int optionColumn = r.index[int(Field::Option)];
    const int commentColumn = r.index[int(Field::Comment)];
    const QDate today = m_options.today;
    const qint64 total = qMax<qint64>(1, reader.total());
    qint64 nextProgress = 0;

    while (reader.next(&fields)) {
        const qint64 row = reader.row();
        if (progress && reader.done() >= nextProgress) {
            if (!progress(reader.done(), total))
                return fail(cancelledMessage());
            nextProgress = reader.done() + total / 200;
        }
        // A blank line (every field empty) is no record.
        bool blank = true;
        for (const QString &f : std::as_const(fields))
            blank = blank && f.trimmed().isEmpty();
        if (blank)
            continue;
        ++report.records;

        // The values this record holds.
        candidates.clear();
        if (m_options.mapping.layout == ImportMapping::Layout::Long) {
            Candidate c;
            c.indicatorColumn = r.index[int(Field::Indicator)];
            c.valueColumn = r.index[int(Field::Value)];
            c.numeratorColumn = r.index[int(Field::Numerator)];
            c.denominatorColumn = r.index[int(Field::Denominator)];
            c.value = cell(c.valueColumn);
            c.numerator = cell(c.numeratorColumn);
            c.denominator = cell(c.denominatorColumn);
            const QStringView code = cell(c.indicatorColumn).trimmed();
            c.indicatorId = indicatorKeys.value(folded(code), -1);
            ++report.values;
            if (code.isEmpty()) {
                addProblem(row, headerOf(c.indicatorColumn), tr("The indicator is empty."));
                continue;
            }
            if (c.indicatorId == 0) {
                addProblem(row, headerOf(c.indicatorColumn),
                           tr("\"%1\" is the name of more than one indicator; use the indicator code.").arg(code));
                continue;
            }
            if (c.indicatorId < 0) {
                addProblem(row, headerOf(c.indicatorColumn),
                           tr("Unknown indicator \"%1\": no indicator of this programme has that code or name.")
                               .arg(code));
                continue;
            }
            candidates.append(c);
        } else {
            for (const auto &[column, w] : r.wide) {
                const qint64 id = indicatorKeys.value(folded(w.indicator), 0);
                const QStringView text = cell(column);
                if (id <= 0) {
                    if (!text.trimmed().isEmpty()) {
                        ++report.values;
                        addProblem(row, w.header,
                                   tr("Unknown indicator \"%1\": no indicator of this programme has that code or name.")
                                       .arg(w.indicator));
                    }
                    continue;
                }
                Candidate *c = nullptr;
                for (Candidate &existing : candidates)
                    if (existing.indicatorId == id)
                        c = &existing;
                if (!c) {
                    Candidate fresh;
                    fresh.indicatorId = id;
                    fresh.indicatorColumn = column;
                    candidates.append(fresh);
                    c = &candidates.last();
                }
                switch (w.part) {
                case Part::Value: c->valueColumn = column; c->value = text; break;
                case Part::Numerator: c->numeratorColumn = column; c->numerator = text; break;
                case Part::Denominator: c->denominatorColumn = column; c->denominator = text; break;
                }
            }
            // Empty cells hold no value in a wide file.
            candidates.removeIf([](const Candidate &c) {
                return c.value.trimmed().isEmpty() && c.numerator.trimmed().isEmpty() &&
                       c.denominator.trimmed().isEmpty();
            });
            report.values += candidates.size();
        }
        if (candidates.isEmpty())
            continue;

        // What the record shares: site, period text, option, comment.
        auto rejectAll = [&](const QString &column, const QString &reason) {
            for (qsizetype i = 0; i < candidates.size(); ++i)
                addProblem(row, column, reason);
        };
        const QStringView siteText = cell(siteColumn).trimmed();
        const qint64 siteId = sites.value(folded(siteText), -1);
        if (siteText.isEmpty()) {
            rejectAll(headerOf(siteColumn), tr("The site is empty."));
            continue;
        }
        if (siteId < 0) {
            rejectAll(headerOf(siteColumn),
                      tr("Unknown site \"%1\": no site of this programme has that code or name.").arg(siteText));
            continue;
        }
        if (siteId == 0) {
            rejectAll(headerOf(siteColumn),
                      tr("\"%1\" is the name of more than one site; use the site code.").arg(siteText));
            continue;
        }
        const QString &siteCode = siteCodes[siteId];
        if (officer && !allowedSites.contains(siteId)) {
            rejectAll(headerOf(siteColumn), tr("You are not assigned to site %1, so you may not enter its data.")
                                                .arg(siteCode));
            continue;
        }
        const QStringView optionText = cell(optionColumn).trimmed();
        const bool hasComment = commentColumn >= 0;
        const QString comment = hasComment ? cell(commentColumn).trimmed().toString() : QString();

        for (const Candidate &c : std::as_const(candidates)) {
            const State::IndicatorInfo &ind = indicators[c.indicatorId];
            const Indicator &indicator = ind.indicator;
            QString why;
            const Period period = periodOf(cell(periodColumn), ind.type, &why);
            if (!period.isValid()) {
                addProblem(row, headerOf(periodColumn), why);
                continue;
            }
            if (period.startDate() > today) {
                addProblem(row, headerOf(periodColumn),
                           tr("%1 has not started yet: future periods are closed for entry.").arg(period.displayName()));
                continue;
            }
            qint64 optionId = 0;
            if (!optionText.isEmpty()) {
                static const QStringList totals = {QStringLiteral("total"), QStringLiteral("合计"),
                                                   QStringLiteral("总计"), QStringLiteral("总数")};
                const QString key = folded(optionText);
                if (!totals.contains(key)) {
                    optionId = ind.options.value(key, 0);
                    if (optionId == 0) {
                        bool known = false;
                        for (const CategoryOption &o : std::as_const(options))
                            known = known || folded(o.code) == key || folded(o.nameEn) == key || folded(o.nameZh) == key;
                        addProblem(row, headerOf(optionColumn),
                                   known ? tr("The category option \"%1\" is not part of indicator %2's "
                                              "disaggregation.")
                                               .arg(optionText, indicator.code)
                                         : tr("Unknown category option \"%1\".").arg(optionText));
                        continue;
                    }
                }
            }
            // The numbers and what the indicator accepts. A value with a problem is still noted
            // under its key, so that a key repeated elsewhere in the file is caught either way.
            DataValue v;
            v.siteId = siteId;
            v.indicatorId = c.indicatorId;
            v.period = period;
            v.optionId = optionId;
            QString problemText;
            int problemColumn = -1;
            auto refuse = [&](int column, const QString &text) {
                if (problemText.isEmpty()) {
                    problemColumn = column;
                    problemText = text;
                }
            };
            bool ok = true;
            v.value = number(c.value, reader.delimiter(), &ok);
            if (!ok)
                refuse(c.valueColumn, tr("\"%1\" is not a number.").arg(c.value.trimmed()));
            v.numerator = number(c.numerator, reader.delimiter(), &ok);
            if (!ok)
                refuse(c.numeratorColumn, tr("\"%1\" is not a number.").arg(c.numerator.trimmed()));
            v.denominator = number(c.denominator, reader.delimiter(), &ok);
            if (!ok)
                refuse(c.denominatorColumn, tr("\"%1\" is not a number.").arg(c.denominator.trimmed()));
            if (!problemText.isEmpty()) {
                // reported below
            } else if (hasParts(indicator.valueType)) {
                if (v.value)
                    refuse(c.valueColumn,
                           tr("Indicator %1 takes a numerator and a denominator, not a value.").arg(indicator.code));
                else if ((v.numerator && *v.numerator < 0) || (v.denominator && *v.denominator < 0))
                    refuse(v.numerator && *v.numerator < 0 ? c.numeratorColumn : c.denominatorColumn,
                           tr("The numerator and denominator cannot be negative."));
            } else if (v.numerator || v.denominator) {
                refuse(v.numerator ? c.numeratorColumn : c.denominatorColumn,
                       tr("Indicator %1 takes a single value, not a numerator and a denominator.").arg(indicator.code));
            }
            if (problemText.isEmpty()) {
                if (const auto content = DataValueService::contentProblem(v, indicator)) {
                    QString text = *content;
                    if (!text.isEmpty())
                        text[0] = text[0].toUpper();
                    refuse(!hasParts(indicator.valueType)          ? c.valueColumn
                           : v.numerator && !v.denominator         ? c.denominatorColumn
                                                                   : c.numeratorColumn,
                           text);
                }
            }

            // Against the database: new, changed or the same; locked if it would change.
            const QByteArray periodId = period.id().toLatin1();
            Class cls = Rejected;
            QString lock;
            qint64 storedId = 0;
            if (problemText.isEmpty()) {
                lookup.bind(1, siteId);
                lookup.bind(2, c.indicatorId);
                lookup.bind(3, periodId);
                lookup.bind(4, optionId);
                cls = New;
                if (lookup.next()) {
                    Stored s;
                    storedId = lookup.int64(0);
                    s.value = lookup.isNull(1) ? std::nullopt : std::optional<double>(lookup.real(1));
                    s.numerator = lookup.isNull(2) ? std::nullopt : std::optional<double>(lookup.real(2));
                    s.denominator = lookup.isNull(3) ? std::nullopt : std::optional<double>(lookup.real(3));
                    s.comment = lookup.text(4);
                    s.deleted = lookup.int64(5) != 0;
                    const bool same = !s.deleted && sameNumber(s.value, v.value) &&
                                      sameNumber(s.numerator, v.numerator) && sameNumber(s.denominator, v.denominator) &&
                                      (!hasComment || s.comment == comment);
                    cls = same ? Same : s.deleted ? New : Changed;
                }
                lookup.reset();
                if (cls != Same) {
                    const auto rep = reports.constFind({siteId, period.id()});
                    const QString where = tr("%1, %2").arg(siteCode, period.displayName());
                    if (rep != reports.cend() && rep->status == "submitted")
                        lock = tr("%1 is submitted and waits for review; a programme manager can return it for "
                                  "changes.")
                                   .arg(where);
                    else if (rep != reports.cend() && rep->status == "approved")
                        lock = tr("%1 is approved and locked; a programme manager can reopen it.").arg(where);
                    else if (officer && st.expiryDays > 0 && period.endDate().addDays(st.expiryDays) < today &&
                             !(rep != reports.cend() && rep->reopened))
                        lock = tr("%1 closed for entry %2 days after the period ended; a programme manager can "
                                  "reopen it.")
                                   .arg(where)
                                   .arg(st.expiryDays);
                    if (!lock.isEmpty()) {
                        cls = Rejected;
                        problemColumn = siteColumn;
                        problemText = lock;
                    }
                }
            }
            stage.bind(1, siteId);
            stage.bind(2, c.indicatorId);
            stage.bind(3, periodId);
            stage.bind(4, optionId);
            stage.bindOptional(5, v.value);
            stage.bindOptional(6, v.numerator);
            stage.bindOptional(7, v.denominator);
            if (hasComment)
                stage.bind(8, comment);
            else
                stage.bindNull(8);
            stage.bind(9, row);
            stage.bind(10, int(cls));
            if (storedId > 0)
                stage.bind(11, storedId);
            else
                stage.bindNull(11);
            if (!stage.run())
                return fail(tr("The import could not note a value: %1").arg(stage.error()));
            if (!problemText.isEmpty())
                addProblem(row, headerOf(problemColumn), problemText);
            if (sqlite3_changes(db) == 0) {
                // The key was in the file before: none of its occurrences is taken.
                staged.bind(1, siteId);
                staged.bind(2, c.indicatorId);
                staged.bind(3, periodId);
                staged.bind(4, optionId);
                qint64 firstRow = 0;
                bool firstMarked = false;
                if (staged.next()) {
                    firstRow = staged.int64(0);
                    firstMarked = staged.int64(1) != 0;
                }
                staged.reset();
                const QString key = optionId ? tr("%1, %2, %3, %4").arg(siteCode, indicator.code, period.id(), options[optionId].code)
                                             : tr("%1, %2, %3").arg(siteCode, indicator.code, period.id());
                if (!firstMarked) {
                    markDup.bind(1, siteId);
                    markDup.bind(2, c.indicatorId);
                    markDup.bind(3, periodId);
                    markDup.bind(4, optionId);
                    markDup.run();
                    addProblem(firstRow, QString(), tr("The value %1 appears again at row %2; keep one of them.")
                                                        .arg(key)
                                                        .arg(row));
                }
                addProblem(row, QString(), tr("The value %1 already appears at row %2; keep one of them.")
                                               .arg(key)
                                               .arg(firstRow));
            }
        }
    }
    if (!reader.error().isEmpty())
        return Error{reader.error(), ErrorKind::File};

    // The verdicts, from the staged values (a duplicate cancels both of its occurrences).
    report.inserted = report.updated = report.unchanged = 0;
    {
        SqliteStatement counts(db, sql("SELECT class, count(*) FROM import_stage WHERE dup = 0 GROUP BY class"));
        while (counts.next()) {
            switch (counts.int64(0)) {
            case New: report.inserted = counts.int64(1); break;
            case Changed: report.updated = counts.int64(1); break;
            case Same: report.unchanged = counts.int64(1); break;
            default: break;
            }
        }
        SqliteStatement rows(db, sql("SELECT count(DISTINCT file_row) FROM import_problem"));
        if (rows.next())
            report.rejectedRecords = rows.int64(0);
        // Every value found is accepted (new, changed, unchanged) or rejected.
        report.rejectedValues = report.values - report.accepted();
        // Problems noted out of file order (the first of a duplicate pair) sort into place.
        std::stable_sort(report.problems.begin(), report.problems.end(),
                         [](const Problem &a, const Problem &b) { return a.row < b.row; });
    }
    if (report.problems.size() >= MaxShown)
        report.problems = problems(0, MaxShown);
    if (progress && !progress(total, total))
        return fail(cancelledMessage());
    if (!m_database.commit())
        return fail(tr("The import could not finish reading the database."));
    guard.done = true;
    st.dataVersion = dataVersion(db);
    st.totalChanges = sqlite3_total_changes64(db);
    // What was checked, so that the import and the rejected rows use this very file.
    st.sha256 = fingerprint(m_options.path);
    st.siteHeader = headerOf(siteColumn);
    st.checked = true;
    return report;
}

QList<DataImport::Problem> DataImport::problems(qint64 offset, int limit) const
{
    QList<Problem> list;
    if (!m_state)
        return list;
    SqliteStatement s(m_database.handle(), sql("SELECT file_row, column_name, reason FROM import_problem"
                                           " ORDER BY file_row, id LIMIT ? OFFSET ?"));
    s.bind(1, limit);
    s.bind(2, offset);
    while (s.next())
        list.append({s.int64(0), s.text(1), s.text(2)});
    return list;
}

Result<DataImport::Report> DataImport::apply(const Progress &progress)
{
    if (!m_state || !m_state->checked)
        return fail(tr("Check the file before importing it."));
    State &st = *m_state;
    if (fingerprint(m_options.path) != st.sha256)
        return fail(tr("%1 changed since it was checked; check it again.").arg(m_options.csv.source));
    const Actor actor = Permissions::current(m_database, m_actor);
    if (actor.role == Role::Viewer)
        return fail(tr("Your account may view data but not import it."));
    const bool officer = actor.role == Role::FieldOfficer;

    Report report = st.report;
    sqlite3 *db = m_database.handle();
    const qint64 toWrite = report.inserted + report.updated;
    if (toWrite == 0) {
        report.applied = true;
        return report;
    }
    // A copy of the database before anything is written (README, "Backups").
    auto backup = Backups::create(m_database, Backups::Kind::BeforeImport);
    if (!backup)
        return fail(tr("Nothing was imported: %1").arg(backup.error()), ErrorKind::File);
    report.backup = backup->path;
    report.inserted = report.updated = 0;
    qint64 nowSame = 0;
    qint64 nowLocked = 0;

    auto run = [&]() -> Result<void> {
        // Take the write lock before reading anything (the audit's last hash included): a
        // deferred transaction that reads first fails when another connection writes between.
        if (sqlite3_exec(db, "UPDATE import_log SET id = id WHERE 0", nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(tr("The database is busy: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
        // Nobody wrote since the check (no other connection committed, this one changed
        // nothing): the check's lookups still hold, and each value need not be found again.
        const bool unchangedSinceCheck = dataVersion(db) == st.dataVersion && sqlite3_total_changes64(db) == st.totalChanges;
        SqliteStatement byId(db, "SELECT id, uuid, value, numerator, denominator, comment, deleted, follow_up, revision"
                                 " FROM data_value WHERE id = ?");
        SqliteStatement pending(db, sql("SELECT site_id, indicator_id, period, option_id, value, numerator, denominator,"
                                    " comment, file_row, stored_id FROM import_stage WHERE dup = 0 AND class IN (1, 2)"
                                    " ORDER BY site_id, period, indicator_id, option_id"));
        SqliteStatement lookup(db, "SELECT id, uuid, value, numerator, denominator, comment, deleted, follow_up, revision"
                                   " FROM data_value WHERE site_id = ? AND indicator_id = ? AND period = ?"
                                   " AND ifnull(option_id, 0) = ?");
        SqliteStatement reportOf(db, "SELECT status, reopened FROM report WHERE site_id = ? AND period = ? AND deleted = 0");
        SqliteStatement insertReport(db, "INSERT INTO report (site_id, period, status, reason, reopened, uuid, created_at,"
                                         " updated_at, updated_by, origin, revision, deleted)"
                                         " VALUES (?,?,'draft','',0,?,?,?,?,?,1,0)");
        SqliteStatement insertValue(db, "INSERT INTO data_value (site_id, indicator_id, period, option_id, value,"
                                        " numerator, denominator, comment, follow_up, uuid, created_at, updated_at,"
                                        " updated_by, origin, revision, deleted) VALUES (?,?,?,?,?,?,?,?,0,?,?,?,?,?,1,0)");
        SqliteStatement updateValue(db, "UPDATE data_value SET value = ?, numerator = ?, denominator = ?, comment = ?,"
                                        " deleted = 0, updated_at = ?, updated_by = ?, origin = ?, revision = revision + 1"
                                        " WHERE id = ?");
        SqliteStatement problem(db, sql("INSERT INTO import_problem (file_row, column_name, reason) VALUES (?,?,?)"));
        AuditLog::Batch audit(m_database, actor, tr("import of %1").arg(m_options.csv.source));
        for (const SqliteStatement *s : {&pending, &lookup, &byId, &reportOf, &insertReport, &insertValue, &updateValue, &problem}) {
            if (!s->ok())
                return fail(tr("The import could not prepare its statements: %1").arg(s->error()));
        }
        if (!audit.ok())
            return fail(tr("Could not record the change in the audit log: %1").arg(audit.error()));

        const QByteArray now = SqlValue::timestamp(QDateTime::currentDateTimeUtc()).toUtf8();
        const qint64 origin = m_database.replicaId();
        // The sites as they are now: removed ones and, for a field officer, ones no longer
        // assigned take no values.
        QHash<qint64, QString> siteCodes;
        for (const Site &s : SiteRepository(m_database).all(m_options.programmeId)) {
            if (!officer || Permissions::maySite(m_database, actor, s.meta.id))
                siteCodes.insert(s.meta.id, s.code);
        }

        qint64 currentSite = -1;
        QByteArray currentPeriod;
        QString lock; // for the current site and period
        qint64 done = 0;
        auto bindUser = [&](SqliteStatement &s, int i) {
            if (actor.userId > 0)
                s.bind(i, actor.userId);
            else
                s.bindNull(i);
        };
        while (pending.next()) {
            const qint64 siteId = pending.int64(0);
            const qint64 indicatorId = pending.int64(1);
            const QByteArray period = pending.bytes(2);
            const qint64 optionId = pending.int64(3);
            const auto value = pending.isNull(4) ? std::nullopt : std::optional<double>(pending.real(4));
            const auto numerator = pending.isNull(5) ? std::nullopt : std::optional<double>(pending.real(5));
            const auto denominator = pending.isNull(6) ? std::nullopt : std::optional<double>(pending.real(6));
            const bool fileComment = !pending.isNull(7);
            const QString comment = pending.text(7);
            const qint64 row = pending.int64(8);
            const qint64 storedId = pending.isNull(9) ? 0 : pending.int64(9);

            if (progress && done % 2048 == 0 && !progress(done, toWrite))
                return fail(cancelledMessage());
            ++done;

            // The report of the site and period, as it is now.
            if (siteId != currentSite || period != currentPeriod) {
                currentSite = siteId;
                currentPeriod = period;
                lock.clear();
                reportOf.bind(1, siteId);
                reportOf.bind(2, period);
                const Period p = Period::parse(QString::fromLatin1(period));
                const QString where = tr("%1, %2").arg(siteCodes.value(siteId), p.displayName());
                if (!siteCodes.contains(siteId)) {
                    lock = tr("The site was removed, or you were unassigned from it, since the file was checked.");
                } else if (reportOf.next()) {
                    const QByteArray status = reportOf.bytes(0);
                    const bool reopened = reportOf.int64(1) != 0;
                    if (status == "submitted")
                        lock = tr("%1 was submitted since the file was checked; a programme manager can return it "
                                  "for changes.")
                                   .arg(where);
                    else if (status == "approved")
                        lock = tr("%1 was approved since the file was checked; a programme manager can reopen it.")
                                   .arg(where);
                    else if (officer && st.expiryDays > 0 && p.endDate().addDays(st.expiryDays) < m_options.today &&
                             !reopened)
                        lock = tr("%1 closed for entry %2 days after the period ended; a programme manager can "
                                  "reopen it.")
                                   .arg(where)
                                   .arg(st.expiryDays);
                    reportOf.reset();
                } else {
                    reportOf.reset();
                    if (officer && st.expiryDays > 0 && p.endDate().addDays(st.expiryDays) < m_options.today)
                        lock = tr("%1 closed for entry %2 days after the period ended; a programme manager can "
                                  "reopen it.")
                                   .arg(where)
                                   .arg(st.expiryDays);
                    if (lock.isEmpty()) {
                        const QByteArray uuid = RowStore::newUuid().toLatin1();
                        insertReport.bind(1, siteId);
                        insertReport.bind(2, period);
                        insertReport.bind(3, uuid);
                        insertReport.bind(4, now);
                        insertReport.bind(5, now);
                        bindUser(insertReport, 6);
                        insertReport.bind(7, origin);
                        if (!insertReport.run())
                            return fail(tr("The report for %1 could not be created: %2").arg(where, insertReport.error()));
                        const qint64 reportId = sqlite3_last_insert_rowid(db);
                        if (!audit.add("report", uuid, "create", nullptr, draftReportState(reportId, siteId, period),
                                       siteId, period))
                            return fail(tr("Could not record the change in the audit log: %1").arg(audit.error()));
                        ++report.reportsCreated;
                    }
                }
            }

            // The value as it is now: by its row id when nothing changed since the check (none
            // for a new one), else by its key.
            SqliteStatement &find = unchangedSinceCheck ? byId : lookup;
            bool found = false;
            if (unchangedSinceCheck) {
                if (storedId > 0) {
                    byId.bind(1, storedId);
                    found = byId.next();
                }
            } else {
                lookup.bind(1, siteId);
                lookup.bind(2, indicatorId);
                lookup.bind(3, period);
                lookup.bind(4, optionId);
                found = lookup.next();
            }
            std::optional<Stored> stored;
            if (found) {
                Stored s;
                s.id = find.int64(0);
                s.uuid = find.bytes(1);
                s.value = find.isNull(2) ? std::nullopt : std::optional<double>(find.real(2));
                s.numerator = find.isNull(3) ? std::nullopt : std::optional<double>(find.real(3));
                s.denominator = find.isNull(4) ? std::nullopt : std::optional<double>(find.real(4));
                s.comment = find.text(5);
                s.deleted = find.int64(6) != 0;
                s.followUp = int(find.int64(7));
                s.revision = int(find.int64(8));
                stored = s;
            }
            find.reset();
            const QString newComment = fileComment ? comment : stored ? stored->comment : QString();
            if (stored && !stored->deleted && sameNumber(stored->value, value) &&
                sameNumber(stored->numerator, numerator) && sameNumber(stored->denominator, denominator) &&
                stored->comment == newComment) {
                ++nowSame;
                continue;
            }
            if (!lock.isEmpty()) {
                problem.bind(1, row);
                problem.bind(2, st.siteHeader);
                problem.bind(3, lock);
                problem.run();
                ++nowLocked;
                continue;
            }
            if (!stored) {
                const QByteArray uuid = RowStore::newUuid().toLatin1();
                insertValue.bind(1, siteId);
                insertValue.bind(2, indicatorId);
                insertValue.bind(3, period);
                if (optionId > 0)
                    insertValue.bind(4, optionId);
                else
                    insertValue.bindNull(4);
                insertValue.bindOptional(5, value);
                insertValue.bindOptional(6, numerator);
                insertValue.bindOptional(7, denominator);
                insertValue.bind(8, newComment);
                insertValue.bind(9, uuid);
                insertValue.bind(10, now);
                insertValue.bind(11, now);
                bindUser(insertValue, 12);
                insertValue.bind(13, origin);
                if (!insertValue.run())
                    return fail(tr("Row %1 could not be written: %2").arg(row).arg(insertValue.error()));
                const qint64 id = sqlite3_last_insert_rowid(db);
                if (!audit.add("data_value", uuid, "create", nullptr,
                               valueState(id, siteId, indicatorId, period, optionId, value, numerator, denominator,
                                          newComment, 0, false),
                               siteId, period))
                    return fail(tr("Could not record the change in the audit log: %1").arg(audit.error()));
                ++report.inserted;
            } else {
                updateValue.bindOptional(1, value);
                updateValue.bindOptional(2, numerator);
                updateValue.bindOptional(3, denominator);
                updateValue.bind(4, newComment);
                updateValue.bind(5, now);
                bindUser(updateValue, 6);
                updateValue.bind(7, origin);
                updateValue.bind(8, stored->id);
                if (!updateValue.run())
                    return fail(tr("Row %1 could not be written: %2").arg(row).arg(updateValue.error()));
                const QByteArray before = valueState(stored->id, siteId, indicatorId, period, optionId, stored->value,
                                                     stored->numerator, stored->denominator, stored->comment,
                                                     stored->followUp, stored->deleted);
                if (!audit.add("data_value", stored->uuid, stored->deleted ? "restore" : "update", &before,
                               valueState(stored->id, siteId, indicatorId, period, optionId, value, numerator,
                                          denominator, newComment, stored->followUp, false),
                               siteId, period))
                    return fail(tr("Could not record the change in the audit log: %1").arg(audit.error()));
                if (stored->deleted)
                    ++report.inserted;
                else
                    ++report.updated;
            }
        }
        if (!pending.ok())
            return fail(tr("The checked values could not be read back: %1").arg(pending.error()));
        if (progress && !progress(toWrite, toWrite))
            return fail(cancelledMessage());

        SqliteStatement log(db, "INSERT INTO import_log (at, user_id, programme_id, kind, file_name, file_sha256,"
                                " rows_read, inserted, updated, unchanged, rejected) VALUES (?,?,?,'data',?,?,?,?,?,?,?)");
        log.bind(1, now);
        bindUser(log, 2);
        log.bind(3, m_options.programmeId);
        log.bind(4, m_options.path);
        log.bind(5, st.sha256);
        log.bind(6, report.records);
        log.bind(7, report.inserted);
        log.bind(8, report.updated);
        log.bind(9, report.unchanged + nowSame);
        log.bind(10, report.rejectedValues + nowLocked);
        if (!log.ok() || !log.run())
            return fail(tr("The import could not be logged: %1").arg(log.error()));
        return {};
    };

    // A large transaction: a larger page cache keeps its index pages in memory instead of
    // spilling them to the write-ahead log halfway (bounded: 256 MiB at most).
    qint64 cachePages = 0;
    {
        SqliteStatement s(db, "PRAGMA cache_size");
        if (s.next())
            cachePages = s.int64(0);
    }
    sqlite3_exec(db, "PRAGMA cache_size = -262144", nullptr, nullptr, nullptr);
    const auto written = m_database.transaction([&]() -> Result<void> { return run(); });
    sqlite3_exec(db, QByteArray("PRAGMA cache_size = " + QByteArray::number(cachePages)).constData(), nullptr, nullptr,
                 nullptr);
    if (!written)
        return fail(written.error()); // the temporary tables rolled back with it
    report.unchanged += nowSame;
    report.rejectedValues += nowLocked;
    report.problemCount += nowLocked;
    if (nowLocked > 0) {
        SqliteStatement rows(db, sql("SELECT count(DISTINCT file_row) FROM import_problem"));
        if (rows.next())
            report.rejectedRecords = rows.int64(0);
        report.problems = problems(0, MaxShown);
    }
    report.applied = true;
    st.report = report;
    st.checked = false; // once is enough: a second apply would need a new check
    return report;
}

Result<qint64> DataImport::writeRejected(const QString &path) const
{
    if (!m_state)
        return fail(tr("Check the file before saving its rejected rows."));
    if (fingerprint(m_options.path) != m_state->sha256)
        return fail(tr("%1 changed since it was checked; check it again.").arg(m_options.csv.source));
    auto opened = TableFiles::open(m_options.path, m_options.csv, m_options.sheet);
    if (!opened)
        return Error{opened.error(), opened.errorKind()};
    TableReader &reader = *opened.value();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error{tr("%1 cannot be written: %2").arg(path, out.errorString()), ErrorKind::File};

    auto quoted = [](const QString &field) {
        if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
            return field;
        return QString(u'"' + QString(field).replace(u'"', QStringLiteral("\"\"")) + u'"');
    };
    auto writeRecord = [&](const QStringList &fields) {
        QStringList cells;
        for (const QString &f : fields)
            cells.append(quoted(f));
        out.write(cells.join(u',').toUtf8());
        out.write("\r\n");
    };
    out.write("\xEF\xBB\xBF");
    QStringList fields;
    if (!reader.next(&fields))
        return Error{reader.error().isEmpty() ? tr("%1 is empty: it has no header row.").arg(m_options.csv.source)
                                              : reader.error(),
                     ErrorKind::File};
    const qsizetype width = fields.size();
    QStringList header = fields;
    header.append(tr("reason"));
    header.append(tr("file row"));
    writeRecord(header);

    SqliteStatement reasons(m_database.handle(),
                            sql("SELECT file_row, group_concat(CASE column_name WHEN '' THEN reason"
                            " ELSE column_name || ': ' || reason END, char(10)) FROM"
                            " (SELECT file_row, column_name, reason FROM import_problem ORDER BY file_row, id)"
                            " GROUP BY file_row ORDER BY file_row"));
    qint64 written = 0;
    bool more = reasons.next();
    while (more && reader.next(&fields)) {
        const qint64 row = reader.row();
        while (more && reasons.int64(0) < row)
            more = reasons.next();
        if (!more || reasons.int64(0) != row)
            continue;
        while (fields.size() < width)
            fields.append(QString());
        fields.append(reasons.text(1));
        fields.append(QString::number(row));
        writeRecord(fields);
        ++written;
        more = reasons.next();
    }
    if (!reader.error().isEmpty())
        return Error{reader.error(), ErrorKind::File};
    if (!out.commit())
        return Error{tr("%1 cannot be written: %2").arg(path, out.errorString()), ErrorKind::File};
    return written;
}
