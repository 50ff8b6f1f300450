#include "migrations.h"

#include "auditlog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {
// The columns every user-created row carries (DESIGN.md, "Sync-ready from day one").
// Child rows without them (category_option_tag, indicator_option, user_site) travel with their
// parent row, whose revision changes when they do.
const QString SyncColumns = QStringLiteral(
    "uuid TEXT NOT NULL UNIQUE,"
    " created_at TEXT NOT NULL,"
    " updated_at TEXT NOT NULL,"
    " updated_by INTEGER REFERENCES app_user(id),"
    " origin INTEGER NOT NULL REFERENCES replica(id),"
    " revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),"
    " deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))");

QString table(const char *name, const char *columns)
{
    return QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, %2, %3)")
        .arg(QLatin1StringView(name), QLatin1StringView(columns), SyncColumns);
}

// A random version-4 UUID, in SQL.
const QString NewUuidSql = QStringLiteral(
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||"
    " substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) ||"
    " substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))");

QList<Migration> buildMigrations()
{
    QList<Migration> list;

    list.append(Migration{
        1,
        "Initial schema: replica, users, programmes, sites, category options, indicators, "
        "site targets, data values, audit",
        {
            QStringLiteral("PRAGMA application_id = 1397900377"), // 0x53524459 "SRDY"
            QStringLiteral(
                "CREATE TABLE replica (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
                " name TEXT NOT NULL DEFAULT '', is_local INTEGER NOT NULL DEFAULT 0 CHECK (is_local IN (0, 1)),"
                " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE UNIQUE INDEX replica_local ON replica(is_local) WHERE is_local = 1"),
            // A random version-4 UUID for this database.
            QStringLiteral(
                "INSERT INTO replica (uuid, is_local, created_at) VALUES ("
                "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||"
                " substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) ||"
                " substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))),"
                " 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"),
            table("app_user",
                  "username TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(username)) > 0),"
                  " full_name TEXT NOT NULL DEFAULT '',"
                  " role TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'officer', 'viewer')),"
                  " password_hash TEXT NOT NULL DEFAULT '',"
                  " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))"),
            QStringLiteral("CREATE UNIQUE INDEX app_user_username ON app_user(username) WHERE deleted = 0"),
            table("programme",
                  "code TEXT NOT NULL CHECK (length(trim(code)) > 0),"
                  " name_en TEXT NOT NULL DEFAULT '', name_zh TEXT NOT NULL DEFAULT '',"
                  " focus_area TEXT NOT NULL DEFAULT '',"
                  " start_date TEXT, end_date TEXT,"
                  " description_en TEXT NOT NULL DEFAULT '', description_zh TEXT NOT NULL DEFAULT '',"
                  " expiry_days INTEGER NOT NULL DEFAULT 90 CHECK (expiry_days >= 0),"
                  " timeliness_days INTEGER NOT NULL DEFAULT 15 CHECK (timeliness_days >= 0)"),
            QStringLiteral("CREATE UNIQUE INDEX programme_code ON programme(code) WHERE deleted = 0"),
            table("site",
                  "programme_id INTEGER NOT NULL REFERENCES programme(id),"
                  " code TEXT NOT NULL CHECK (length(trim(code)) > 0),"
                  " name_en TEXT NOT NULL DEFAULT '', name_zh TEXT NOT NULL DEFAULT '',"
                  " province_en TEXT NOT NULL DEFAULT '', province_zh TEXT NOT NULL DEFAULT '',"
                  " prefecture_en TEXT NOT NULL DEFAULT '', prefecture_zh TEXT NOT NULL DEFAULT '',"
                  " county_en TEXT NOT NULL DEFAULT '', county_zh TEXT NOT NULL DEFAULT '',"
                  " township_en TEXT NOT NULL DEFAULT '', township_zh TEXT NOT NULL DEFAULT '',"
                  " arm TEXT NOT NULL CHECK (arm IN ('pilot', 'comparison')),"
                  " locality TEXT NOT NULL CHECK (locality IN ('rural', 'urban')),"
                  " ethnic_minority_area INTEGER NOT NULL DEFAULT 0 CHECK (ethnic_minority_area IN (0, 1)),"
                  " poverty_county INTEGER NOT NULL DEFAULT 0 CHECK (poverty_county IN (0, 1)),"
                  " child_population INTEGER NOT NULL DEFAULT 0 CHECK (child_population >= 0),"
                  " latitude REAL CHECK (latitude BETWEEN -90 AND 90),"
                  " longitude REAL CHECK (longitude BETWEEN -180 AND 180),"
                  " intervention_start TEXT,"
                  " status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'closed'))"),
            QStringLiteral("CREATE UNIQUE INDEX site_code ON site(programme_id, code) WHERE deleted = 0"),
            table("category_option",
                  "programme_id INTEGER NOT NULL REFERENCES programme(id),"
                  " code TEXT NOT NULL CHECK (length(trim(code)) > 0),"
                  " name_en TEXT NOT NULL DEFAULT '', name_zh TEXT NOT NULL DEFAULT '',"
                  " sort_order INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE UNIQUE INDEX category_option_code ON category_option(programme_id, code) WHERE deleted = 0"),
            QStringLiteral(
                "CREATE TABLE category_option_tag (option_id INTEGER NOT NULL REFERENCES category_option(id),"
                " dimension TEXT NOT NULL, member TEXT NOT NULL, PRIMARY KEY (option_id, dimension)) WITHOUT ROWID"),
            table("indicator",
                  "programme_id INTEGER NOT NULL REFERENCES programme(id),"
                  " code TEXT NOT NULL CHECK (length(trim(code)) > 0),"
                  " name_en TEXT NOT NULL DEFAULT '', name_zh TEXT NOT NULL DEFAULT '',"
                  " definition_en TEXT NOT NULL DEFAULT '', definition_zh TEXT NOT NULL DEFAULT '',"
                  " outcome_area TEXT NOT NULL CHECK (outcome_area IN ('health', 'nutrition', 'early_learning', 'protection', 'wash', 'other')),"
                  " value_type TEXT NOT NULL CHECK (value_type IN ('count', 'percentage', 'rate_per_1000', 'mean', 'yes_no')),"
                  " direction TEXT NOT NULL CHECK (direction IN ('higher', 'lower')),"
                  " frequency TEXT NOT NULL CHECK (frequency IN ('monthly', 'quarterly', 'annual')),"
                  " min_value REAL, max_value REAL, baseline REAL, target REAL,"
                  " target_kind TEXT NOT NULL DEFAULT 'cumulative' CHECK (target_kind IN ('cumulative', 'incremental')),"
                  " required INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),"
                  " sort_order INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE UNIQUE INDEX indicator_code ON indicator(programme_id, code) WHERE deleted = 0"),
            QStringLiteral(
                "CREATE TABLE indicator_option (indicator_id INTEGER NOT NULL REFERENCES indicator(id),"
                " option_id INTEGER NOT NULL REFERENCES category_option(id),"
                " sort_order INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (indicator_id, option_id)) WITHOUT ROWID"),
            table("site_target",
                  "site_id INTEGER NOT NULL REFERENCES site(id),"
                  " indicator_id INTEGER NOT NULL REFERENCES indicator(id),"
                  " baseline REAL, target REAL"),
            QStringLiteral("CREATE UNIQUE INDEX site_target_key ON site_target(site_id, indicator_id)"),
            table("data_value",
                  "site_id INTEGER NOT NULL REFERENCES site(id),"
                  " indicator_id INTEGER NOT NULL REFERENCES indicator(id),"
                  " period TEXT NOT NULL,"
                  " option_id INTEGER REFERENCES category_option(id),"
                  " value REAL, numerator REAL, denominator REAL,"
                  " comment TEXT NOT NULL DEFAULT '',"
                  " follow_up INTEGER NOT NULL DEFAULT 0 CHECK (follow_up IN (0, 1)),"
                  " status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved', 'returned')),"
                  " reported_at TEXT"),
            // The key: a total has no option (NULL), which the index counts as option 0.
            QStringLiteral("CREATE UNIQUE INDEX data_value_key ON data_value(site_id, indicator_id, period, ifnull(option_id, 0))"),
            QStringLiteral(
                "CREATE TABLE user_site (user_id INTEGER NOT NULL REFERENCES app_user(id),"
                " site_id INTEGER NOT NULL REFERENCES site(id), PRIMARY KEY (user_id, site_id)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT NOT NULL,"
                " user_id INTEGER, username TEXT NOT NULL DEFAULT '',"
                " replica_uuid TEXT NOT NULL, entity TEXT NOT NULL, entity_uuid TEXT NOT NULL,"
                " action TEXT NOT NULL, old_values TEXT, new_values TEXT)"),
            QStringLiteral("CREATE INDEX audit_entity ON audit(entity_uuid)"),
            QStringLiteral(
                "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
                " BEGIN SELECT RAISE(ABORT, 'the audit table is append-only'); END"),
            QStringLiteral(
                "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
                " BEGIN SELECT RAISE(ABORT, 'the audit table is append-only'); END"),
        }});

    list.append(Migration{
        2,
        "Entry workflow: reports per site and period, validation rules, fidelity checklist, visits "
        "with scores and action items, costs, sign-in failures, hash-chained audit",
        {
            // Status belongs to a site's report for a period, not to each value.
            table("report",
                  "site_id INTEGER NOT NULL REFERENCES site(id),"
                  " period TEXT NOT NULL,"
                  " status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved', 'returned')),"
                  " reason TEXT NOT NULL DEFAULT '',"
                  " reopened INTEGER NOT NULL DEFAULT 0 CHECK (reopened IN (0, 1)),"
                  " submitted_at TEXT, submitted_by INTEGER REFERENCES app_user(id),"
                  " decided_at TEXT, decided_by INTEGER REFERENCES app_user(id)"),
            QStringLiteral("CREATE UNIQUE INDEX report_key ON report(site_id, period)"),
            // A report's status is the one most of its values had; on a tie the least advanced
            // (returned, draft, submitted, approved), so nothing counts as approved by accident.
            QStringLiteral("INSERT INTO report (site_id, period, status, submitted_at, uuid, created_at, updated_at,"
                           " origin, revision, deleted)"
                           " SELECT g.site_id, g.period,"
                           " (SELECT d.status FROM data_value d WHERE d.site_id = g.site_id AND d.period = g.period"
                           " AND d.deleted = 0 GROUP BY d.status ORDER BY count(*) DESC,"
                           " CASE d.status WHEN 'returned' THEN 0 WHEN 'draft' THEN 1 WHEN 'submitted' THEN 2 ELSE 3 END"
                           " LIMIT 1),"
                           " g.reported, ") + NewUuidSql + QStringLiteral(", g.created, g.updated,"
                           " (SELECT id FROM replica WHERE is_local = 1), 1, 0"
                           " FROM (SELECT site_id, period, max(reported_at) AS reported, min(created_at) AS created,"
                           " max(updated_at) AS updated FROM data_value WHERE deleted = 0 GROUP BY site_id, period) g"),
            // Returns before the upgrade had no reason field: say so, and let the officer correct them.
            QStringLiteral("UPDATE report SET reason = 'Returned before the upgrade to ScaleReady''s review workflow;"
                           " see the comments on the values. / 升级前已退回，请查看各数值的备注。', reopened = 1"
                           " WHERE status = 'returned'"),
            QStringLiteral("ALTER TABLE data_value DROP COLUMN status"),
            QStringLiteral("ALTER TABLE data_value DROP COLUMN reported_at"),
            table("validation_rule",
                  "programme_id INTEGER NOT NULL REFERENCES programme(id),"
                  " name_en TEXT NOT NULL DEFAULT '', name_zh TEXT NOT NULL DEFAULT '',"
                  " left_side TEXT NOT NULL CHECK (length(trim(left_side)) > 0),"
                  " operator TEXT NOT NULL CHECK (operator IN ('<', '<=', '==', '!=', '>=', '>')),"
                  " right_side TEXT NOT NULL CHECK (length(trim(right_side)) > 0),"
                  " importance TEXT NOT NULL DEFAULT 'error' CHECK (importance IN ('error', 'warning'))"),
            table("checklist_item",
                  "programme_id INTEGER NOT NULL REFERENCES programme(id),"
                  " code TEXT NOT NULL CHECK (length(trim(code)) > 0),"
                  " name_en TEXT NOT NULL DEFAULT '', name_zh TEXT NOT NULL DEFAULT '',"
                  " sort_order INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE UNIQUE INDEX checklist_item_code ON checklist_item(programme_id, code) WHERE deleted = 0"),
            table("visit",
                  "site_id INTEGER NOT NULL REFERENCES site(id),"
                  " visit_date TEXT NOT NULL,"
                  " officer_id INTEGER REFERENCES app_user(id),"
                  " narrative TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX visit_site ON visit(site_id, visit_date)"),
            QStringLiteral(
                "CREATE TABLE visit_score (visit_id INTEGER NOT NULL REFERENCES visit(id),"
                " item_id INTEGER NOT NULL REFERENCES checklist_item(id),"
                " score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 3), note TEXT NOT NULL DEFAULT '',"
                " PRIMARY KEY (visit_id, item_id)) WITHOUT ROWID"),
            table("visit_action",
                  "visit_id INTEGER NOT NULL REFERENCES visit(id),"
                  " description TEXT NOT NULL CHECK (length(trim(description)) > 0),"
                  " owner TEXT NOT NULL DEFAULT '',"
                  " due_date TEXT,"
                  " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped'))"),
            QStringLiteral("CREATE INDEX visit_action_visit ON visit_action(visit_id)"),
            table("cost",
                  "site_id INTEGER NOT NULL REFERENCES site(id),"
                  " year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),"
                  " programme_spending REAL NOT NULL DEFAULT 0 CHECK (programme_spending >= 0),"
                  " government_contribution REAL NOT NULL DEFAULT 0 CHECK (government_contribution >= 0),"
                  " beneficiaries INTEGER NOT NULL DEFAULT 0 CHECK (beneficiaries >= 0),"
                  " note TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE UNIQUE INDEX cost_key ON cost(site_id, year) WHERE deleted = 0"),
            // Failed sign-ins, for the growing delay; local to this database, not synchronised.
            QStringLiteral("CREATE TABLE sign_in_failure (username TEXT PRIMARY KEY COLLATE NOCASE,"
                           " failures INTEGER NOT NULL, last_failure TEXT NOT NULL)"),
            // The audit becomes a hash chain with the reason and the site and period it concerns.
            QStringLiteral("DROP TRIGGER audit_no_update"),
            QStringLiteral("ALTER TABLE audit ADD COLUMN reason TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE audit ADD COLUMN site_id INTEGER"),
            QStringLiteral("ALTER TABLE audit ADD COLUMN period TEXT"),
            QStringLiteral("ALTER TABLE audit ADD COLUMN previous_hash TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE audit ADD COLUMN hash TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("DROP INDEX audit_entity"),
            QStringLiteral("CREATE INDEX audit_entity ON audit(entity, entity_uuid)"),
            QStringLiteral("CREATE INDEX audit_site ON audit(site_id, period)"),
        },
        // Chain the entries written so far, then record every row that exists now as its
        // baseline, so that the check can compare each row with its last audit entry.
        [](QSqlDatabase &db) -> QString {
            if (QString error = AuditLog::rechain(db); !error.isEmpty())
                return error;
            if (QString error = AuditLog::recordBaseline(db, QStringLiteral("baseline")); !error.isEmpty())
                return error;
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
                                       " BEGIN SELECT RAISE(ABORT, 'the audit table is append-only'); END")))
                return q.lastError().text();
            return {};
        }});

    list.append(Migration{
        3,
        "Analytics: baseline and endline windows per programme, a covering index for the dashboards",
        {
            // Months ("202401"); NULL means the documented default (docs/analytics.md).
            QStringLiteral("ALTER TABLE programme ADD COLUMN baseline_from TEXT"),
            QStringLiteral("ALTER TABLE programme ADD COLUMN baseline_to TEXT"),
            QStringLiteral("ALTER TABLE programme ADD COLUMN endline_from TEXT"),
            QStringLiteral("ALTER TABLE programme ADD COLUMN endline_to TEXT"),
            // One indicator's totals (option_id IS NULL) or parts, read without touching the table.
            QStringLiteral("CREATE INDEX data_value_analytics ON data_value(indicator_id, option_id, period, site_id,"
                           " value, numerator, denominator) WHERE deleted = 0"),
        }});

    list.append(Migration{
        4,
        "Import and export: saved column mappings, the import log, DHIS2 code mappings",
        {
            // A column mapping saved from the import wizard, reused for the next file of the
            // same shape. kind: what the file holds; mapping: JSON (docs/import-export.md).
            table("import_mapping",
                  "programme_id INTEGER NOT NULL REFERENCES programme(id),"
                  " kind TEXT NOT NULL CHECK (kind IN ('data', 'sites', 'indicators')),"
                  " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                  " mapping TEXT NOT NULL DEFAULT '{}'"),
            QStringLiteral("CREATE UNIQUE INDEX import_mapping_name ON import_mapping(programme_id, kind, name)"
                           " WHERE deleted = 0"),
            // Every import that wrote something (or was refused), local to this database: who,
            // when, which file (its SHA-256) and what happened to its rows.
            QStringLiteral(
                "CREATE TABLE import_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL,"
                " user_id INTEGER REFERENCES app_user(id), programme_id INTEGER REFERENCES programme(id),"
                " kind TEXT NOT NULL, file_name TEXT NOT NULL DEFAULT '', file_sha256 TEXT NOT NULL DEFAULT '',"
                " rows_read INTEGER NOT NULL DEFAULT 0, inserted INTEGER NOT NULL DEFAULT 0,"
                " updated INTEGER NOT NULL DEFAULT 0, unchanged INTEGER NOT NULL DEFAULT 0,"
                " rejected INTEGER NOT NULL DEFAULT 0)"),
            // Codes of ScaleReady's sites, indicators and category options in a DHIS2 instance
            // (orgUnit, dataElement, categoryOptionCombo uids or codes), and period ids where
            // DHIS2's differ. local_key: the row's uuid (stable across renames and sync), or the
            // period id for kind 'period'.
            table("dhis2_mapping",
                  "programme_id INTEGER NOT NULL REFERENCES programme(id),"
                  " kind TEXT NOT NULL CHECK (kind IN ('site', 'indicator', 'option', 'period')),"
                  " local_key TEXT NOT NULL CHECK (length(local_key) > 0),"
                  " remote TEXT NOT NULL CHECK (length(trim(remote)) > 0)"),
            QStringLiteral("CREATE UNIQUE INDEX dhis2_mapping_key ON dhis2_mapping(programme_id, kind, local_key)"
                           " WHERE deleted = 0"),
        }});

    list.append(Migration{
        5,
        "Data browser: indexes that give the browser's sort orders without sorting",
        {
            // The browser pages through data values in one order at a time, as (key, id); each
            // index below is that order, so a page or a jump is a short range scan instead of a
            // sort of every value (docs/performance.md, "Data browser"). Sorting by site uses
            // data_value_key; by option, status and last change sorts (those are rarer, status
            // lives in report, and every index costs each bulk import). All are partial on
            // deleted = 0, as the browser never shows tombstones.
            QStringLiteral("CREATE INDEX data_value_by_indicator ON data_value(indicator_id) WHERE deleted = 0"),
            QStringLiteral("CREATE INDEX data_value_by_period ON data_value(period) WHERE deleted = 0"),
            // The value a person reads: the value, else the rate of numerator and denominator;
            // never NULL, so that a keyset cursor compares simply.
            QStringLiteral("CREATE INDEX data_value_by_value ON data_value("
                           "coalesce(value, numerator / nullif(denominator, 0), -1e308)) WHERE deleted = 0"),
        }});

    list.append(Migration{
        6,
        "DHIS2 mappings looked up by remote code, and by local key tombstones included (the metadata "
        "import does both for every unit, of which a national hierarchy has tens of thousands)",
        {
            QStringLiteral("CREATE INDEX dhis2_mapping_remote ON dhis2_mapping(programme_id, kind, remote)"
                           " WHERE deleted = 0"),
            QStringLiteral("CREATE INDEX dhis2_mapping_local ON dhis2_mapping(programme_id, kind, local_key)"),
        }});

    list.append(Migration{
        7,
        "Scale-up readiness: criteria per programme, assessments with their judgements, frozen once "
        "signed off",
        {
            table("readiness_criterion",
                  "programme_id INTEGER NOT NULL REFERENCES programme(id),"
                  " code TEXT NOT NULL CHECK (length(trim(code)) > 0),"
                  " domain TEXT NOT NULL CHECK (domain IN ('problem', 'intervention', 'context', 'effectiveness',"
                  " 'costs', 'fidelity', 'reach', 'workforce', 'infrastructure', 'sustainability')),"
                  " name_en TEXT NOT NULL DEFAULT '', name_zh TEXT NOT NULL DEFAULT '',"
                  " guidance_en TEXT NOT NULL DEFAULT '', guidance_zh TEXT NOT NULL DEFAULT '',"
                  " evidence TEXT NOT NULL CHECK (evidence IN ('judged', 'effectiveness', 'equity', 'reach', 'fidelity',"
                  " 'cost_per_beneficiary', 'co_financing', 'completeness', 'timeliness')),"
                  // A computed criterion scores 4 at or beyond strong, 3 adequate, 2 weak, else 1.
                  " strong REAL, adequate REAL, weak REAL,"
                  // Indicator codes separated by spaces; empty = all of the programme's.
                  " indicators TEXT NOT NULL DEFAULT '',"
                  " critical INTEGER NOT NULL DEFAULT 0 CHECK (critical IN (0, 1)),"
                  " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
                  " sort_order INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE UNIQUE INDEX readiness_criterion_code ON readiness_criterion(programme_id, code)"
                           " WHERE deleted = 0"),
            // snapshot: the whole evaluation as JSON, written at sign-off (docs/readiness.md).
            table("readiness_assessment",
                  "programme_id INTEGER NOT NULL REFERENCES programme(id),"
                  " title TEXT NOT NULL DEFAULT '',"
                  " status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),"
                  " signed_at TEXT, signed_by INTEGER REFERENCES app_user(id),"
                  " signed_by_name TEXT NOT NULL DEFAULT '',"
                  " verdict TEXT NOT NULL DEFAULT '' CHECK (verdict IN ('', 'ready', 'ready_with_conditions', 'not_yet_ready')),"
                  " snapshot TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX readiness_assessment_programme ON readiness_assessment(programme_id)"),
            QStringLiteral(
                "CREATE TABLE readiness_judgement (assessment_id INTEGER NOT NULL REFERENCES readiness_assessment(id),"
                " criterion_id INTEGER NOT NULL REFERENCES readiness_criterion(id),"
                " score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 4),"
                " justification TEXT NOT NULL CHECK (length(trim(justification)) > 0),"
                " PRIMARY KEY (assessment_id, criterion_id)) WITHOUT ROWID"),
            // A signed assessment is an immutable record: neither it nor its judgements change.
            QStringLiteral("CREATE TRIGGER readiness_assessment_frozen BEFORE UPDATE ON readiness_assessment"
                           " WHEN OLD.status = 'signed'"
                           " BEGIN SELECT RAISE(ABORT, 'a signed readiness assessment cannot change'); END"),
            QStringLiteral("CREATE TRIGGER readiness_assessment_kept BEFORE DELETE ON readiness_assessment"
                           " WHEN OLD.status = 'signed'"
                           " BEGIN SELECT RAISE(ABORT, 'a signed readiness assessment cannot change'); END"),
            QStringLiteral("CREATE TRIGGER readiness_judgement_frozen_insert BEFORE INSERT ON readiness_judgement"
                           " WHEN (SELECT status FROM readiness_assessment WHERE id = NEW.assessment_id) = 'signed'"
                           " BEGIN SELECT RAISE(ABORT, 'a signed readiness assessment cannot change'); END"),
            QStringLiteral("CREATE TRIGGER readiness_judgement_frozen_update BEFORE UPDATE ON readiness_judgement"
                           " WHEN (SELECT status FROM readiness_assessment WHERE id = OLD.assessment_id) = 'signed'"
                           " OR (SELECT status FROM readiness_assessment WHERE id = NEW.assessment_id) = 'signed'"
                           " BEGIN SELECT RAISE(ABORT, 'a signed readiness assessment cannot change'); END"),
            // INSERT OR REPLACE deletes the row it replaces without firing delete triggers: an
            // insert that would replace a signed assessment is refused before it happens.
            QStringLiteral("CREATE TRIGGER readiness_assessment_not_replaced BEFORE INSERT ON readiness_assessment"
                           " WHEN EXISTS (SELECT 1 FROM readiness_assessment WHERE (id = NEW.id OR uuid = NEW.uuid)"
                           " AND status = 'signed')"
                           " BEGIN SELECT RAISE(ABORT, 'a signed readiness assessment cannot change'); END"),
            QStringLiteral("CREATE TRIGGER readiness_judgement_frozen_delete BEFORE DELETE ON readiness_judgement"
                           " WHEN (SELECT status FROM readiness_assessment WHERE id = OLD.assessment_id) = 'signed'"
                           " BEGIN SELECT RAISE(ABORT, 'a signed readiness assessment cannot change'); END"),
        }});

    list.append(Migration{
        8,
        "Synchronisation: peers, the packages sent and received, the conflict queue, version vectors of "
        "synchronised rows and identities of rows made twice",
        {
            // The databases this one exchanges packages with (docs/sync.md): a field database has
            // its manager; the manager's database has one per field laptop. received_seq: the
            // highest of the peer's changes (audit ids) held here; acked_seq: the highest of this
            // database's changes the peer acknowledged. sites: the officer's site uuids at the
            // last package the peer acknowledged, to send a newly assigned site whole. secret:
            // the key packages between the two are signed with (made with the starter package).
            QStringLiteral(
                "CREATE TABLE sync_peer (id INTEGER PRIMARY KEY, replica_id INTEGER NOT NULL REFERENCES replica(id),"
                " role TEXT NOT NULL CHECK (role IN ('manager', 'field')),"
                " officer_id INTEGER REFERENCES app_user(id),"
                " programme_id INTEGER REFERENCES programme(id),"
                " received_seq INTEGER NOT NULL DEFAULT 0, acked_seq INTEGER NOT NULL DEFAULT 0,"
                " last_sent_at TEXT, last_received_at TEXT, sites TEXT NOT NULL DEFAULT '[]',"
                " secret TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE UNIQUE INDEX sync_peer_replica ON sync_peer(replica_id)"),
            // Every package sent, received or refused, with the import's summary (JSON).
            QStringLiteral(
                "CREATE TABLE sync_package (id INTEGER PRIMARY KEY, at TEXT NOT NULL,"
                " direction TEXT NOT NULL CHECK (direction IN ('sent', 'received', 'refused')),"
                " peer_id INTEGER REFERENCES sync_peer(id), file_name TEXT NOT NULL DEFAULT '',"
                " user_name TEXT NOT NULL DEFAULT '', from_seq INTEGER NOT NULL DEFAULT 0,"
                " to_seq INTEGER NOT NULL DEFAULT 0, versions INTEGER NOT NULL DEFAULT 0,"
                " starter INTEGER NOT NULL DEFAULT 0, summary TEXT NOT NULL DEFAULT '{}',"
                " error TEXT NOT NULL DEFAULT '')"),
            // Rows changed on both sides: both versions as JSON (Sync::Version), until resolved
            // here or settled by a resolution that arrived.
            QStringLiteral(
                "CREATE TABLE sync_conflict (id INTEGER PRIMARY KEY, entity TEXT NOT NULL, uuid TEXT NOT NULL,"
                " peer_id INTEGER REFERENCES sync_peer(id), package_id INTEGER REFERENCES sync_package(id),"
                " mine TEXT, theirs TEXT NOT NULL, theirs_vector TEXT NOT NULL,"
                " locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)), at TEXT NOT NULL,"
                " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'settled')),"
                " resolution TEXT CHECK (resolution IN ('keep_mine', 'take_theirs', 'edit')),"
                " resolved_by TEXT, resolved_at TEXT)"),
            QStringLiteral("CREATE INDEX sync_conflict_row ON sync_conflict(uuid, status)"),
            QStringLiteral("CREATE INDEX sync_conflict_status ON sync_conflict(status)"),
            // A synchronised row's version vector as of its last synchronised version, and its
            // revision then; changes made here since add to this database's counter. peer_id:
            // the peer that version came from (not sent back to it), NULL when made here.
            QStringLiteral(
                "CREATE TABLE sync_row (uuid TEXT PRIMARY KEY, vector TEXT NOT NULL,"
                " base_revision INTEGER NOT NULL, peer_id INTEGER REFERENCES sync_peer(id)) WITHOUT ROWID"),
            // A row made on two databases with the same key (a value for the same site, indicator
            // and period): the other database's uuid, and the local row it stands for.
            QStringLiteral(
                "CREATE TABLE sync_alias (foreign_uuid TEXT PRIMARY KEY, local_uuid TEXT NOT NULL) WITHOUT ROWID"),
        }});

    return list;
}
} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list = buildMigrations();
    return list;
}
