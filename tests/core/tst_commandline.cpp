#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QRegularExpression>

using namespace TestSupport;

// Runs the scaleready executable the way a user would, with no display.
class TestCommandLine final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    // language "" leaves SCALEREADY_LANG unset, so the system locale (LC_ALL) decides.
    Run run(const QStringList &arguments, const QString &language = QStringLiteral("en"),
            const QString &systemLocale = QStringLiteral("C.UTF-8"), const QMap<QString, QString> &extra = {},
            const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SCALEREADY_PASSWORD"));
        env.remove(QStringLiteral("SCALEREADY_NEW_PASSWORD"));
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            env.insert(it.key(), it.value());
        env.remove(QStringLiteral("SCALEREADY_LANG"));
        if (!language.isEmpty())
            env.insert(QStringLiteral("SCALEREADY_LANG"), language);
        env.insert(QStringLiteral("LC_ALL"), systemLocale);
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("minimal")); // a verb must not need it at all
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SCALEREADY_BINARY_DIR "/app/scaleready"), arguments);
        if (!input.isNull()) {
            process.write(input);
            process.closeWriteChannel();
        }
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // `report` as a user runs it without a display: no DISPLAY and no QT_QPA_PLATFORM at all.
    Run report(const QStringList &arguments, const QString &language = QStringLiteral("en"))
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("SCALEREADY_LANG"), language);
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SCALEREADY_BINARY_DIR "/app/scaleready"), QStringList{QStringLiteral("report")} + arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    Run signedIn(const QStringList &arguments, const QString &password)
    {
        return run(arguments, QStringLiteral("en"), QStringLiteral("C.UTF-8"), {{QStringLiteral("SCALEREADY_PASSWORD"), password}});
    }

private slots:
    // stats prints what the dashboard shows: a table for people, JSON for programs.
    void statsPrintsTheDashboardNumbers()
    {
        const QString path = m_dir.filePath(QStringLiteral("stats.db"));
        QCOMPARE(run({QStringLiteral("generate"), QStringLiteral("--out"), path, QStringLiteral("--sites"), QStringLiteral("12"),
                      QStringLiteral("--months"), QStringLiteral("24")})
                     .code,
                 0);
        const Run json = run({QStringLiteral("stats"), QStringLiteral("--db"), path, QStringLiteral("--indicator"),
                              QStringLiteral("FULLIMM"), QStringLiteral("--by"), QStringLiteral("quarter"), QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("indicator")).toString(), QStringLiteral("FULLIMM"));
        QCOMPARE(o.value(QStringLiteral("by")).toString(), QStringLiteral("quarter"));
        const QJsonArray series = o.value(QStringLiteral("series")).toArray();
        QVERIFY(!series.isEmpty());
        const QJsonObject first = series.first().toObject();
        for (const char *field : {"arm", "period", "value", "numerator", "denominator", "low", "high", "sites", "reports"})
            QVERIFY2(first.contains(QLatin1StringView(field)), field);
        QVERIFY(first.value(QStringLiteral("period")).toString().contains(u'Q'));
        const QJsonObject did = o.value(QStringLiteral("did")).toObject();
        QVERIFY(did.value(QStringLiteral("reason")).isNull());
        QVERIFY(did.value(QStringLiteral("low")).toDouble() < did.value(QStringLiteral("estimate")).toDouble());
        QVERIFY(did.value(QStringLiteral("estimate")).toDouble() < did.value(QStringLiteral("high")).toDouble());
        QVERIFY(o.value(QStringLiteral("quality")).toObject().value(QStringLiteral("expected")).toInt() > 0);

        const Run text = run({QStringLiteral("stats"), QStringLiteral("--db"), path, QStringLiteral("--indicator"), QStringLiteral("FULLIMM")});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Difference-in-differences")), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("Completeness")));
        const Run chinese = run({QStringLiteral("stats"), QStringLiteral("--db"), path, QStringLiteral("--indicator"), QStringLiteral("FULLIMM")},
                                QStringLiteral("zh_CN"));
        QCOMPARE(chinese.code, 0);
        QVERIFY2(chinese.out.contains(QStringLiteral("双重差分")), qPrintable(chinese.out.left(400)));

        const Run unknown = run({QStringLiteral("stats"), QStringLiteral("--db"), path, QStringLiteral("--indicator"), QStringLiteral("NOPE")});
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("NOPE")));
        const Run badBy = run({QStringLiteral("stats"), QStringLiteral("--db"), path, QStringLiteral("--indicator"), QStringLiteral("FULLIMM"),
                               QStringLiteral("--by"), QStringLiteral("week")});
        QCOMPARE(badBy.code, 1);
        QVERIFY(badBy.err.contains(QStringLiteral("week")));
        const Run badPeriod = run({QStringLiteral("stats"), QStringLiteral("--db"), path, QStringLiteral("--indicator"), QStringLiteral("FULLIMM"),
                                   QStringLiteral("--from"), QStringLiteral("2024M13")});
        QCOMPARE(badPeriod.code, 1);
        QVERIFY(badPeriod.err.contains(QStringLiteral("2024M13")));
        const Run noFile = run({QStringLiteral("stats"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.db")),
                                QStringLiteral("--indicator"), QStringLiteral("FULLIMM")});
        QCOMPARE(noFile.code, 2);
    }

    void initCreatesADatabaseWithItsAdministrator()
    {
        const QString path = m_dir.filePath(QStringLiteral("init.db"));
        // The password from standard input when no variable is set (a script piping it).
        Run created = run({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("chief")},
                          QStringLiteral("en"), QStringLiteral("C.UTF-8"), {}, QByteArrayLiteral("chief-secret-1\n"));
        QCOMPARE(created.code, 0);
        QVERIFY(created.out.contains(QStringLiteral("administrator chief")));
        QVERIFY(!created.out.contains(QStringLiteral("chief-secret-1")) && !created.err.contains(QStringLiteral("chief-secret-1")));
        // Never over an existing file; a short password leaves no file behind.
        QCOMPARE(signedIn({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("x")},
                          QStringLiteral("long-enough-9")).code, 2);
        const QString refused = m_dir.filePath(QStringLiteral("short.db"));
        const Run shortPassword = signedIn({QStringLiteral("init"), QStringLiteral("--db"), refused, QStringLiteral("--user"),
                                            QStringLiteral("chief")}, QStringLiteral("abc"));
        QCOMPARE(shortPassword.code, 4);
        QVERIFY(shortPassword.err.contains(QStringLiteral("too short")));
        QVERIFY(!QFileInfo::exists(refused));

        // The administrator adds an officer; the officer may not add users.
        QMap<QString, QString> env{{QStringLiteral("SCALEREADY_PASSWORD"), QStringLiteral("chief-secret-1")},
                                   {QStringLiteral("SCALEREADY_NEW_PASSWORD"), QStringLiteral("field-secret-1")}};
        Run added = run({QStringLiteral("user-add"), QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("chief"),
                         QStringLiteral("--name"), QStringLiteral("wang"), QStringLiteral("--role"), QStringLiteral("officer")},
                        QStringLiteral("en"), QStringLiteral("C.UTF-8"), env);
        QCOMPARE(added.code, 0);
        env[QStringLiteral("SCALEREADY_PASSWORD")] = QStringLiteral("field-secret-1");
        Run refusedAdd = run({QStringLiteral("user-add"), QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("wang"),
                              QStringLiteral("--name"), QStringLiteral("li"), QStringLiteral("--role"), QStringLiteral("admin")},
                             QStringLiteral("en"), QStringLiteral("C.UTF-8"), env);
        QCOMPARE(refusedAdd.code, 5);
        QVERIFY(refusedAdd.err.contains(QStringLiteral("Only an administrator")));
        // A wrong password: exit code 5 and nothing said about which part was wrong.
        Run wrong = signedIn({QStringLiteral("user-add"), QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("chief"),
                              QStringLiteral("--name"), QStringLiteral("li"), QStringLiteral("--role"), QStringLiteral("viewer")},
                             QStringLiteral("nope"));
        QCOMPARE(wrong.code, 5);
        QVERIFY(wrong.err.contains(QStringLiteral("user name or the password is wrong")));
    }

    void workflowVerbsSignInAndRespectRoles()
    {
        const QString path = m_dir.filePath(QStringLiteral("flow.db"));
        QCOMPARE(run({QStringLiteral("generate"), QStringLiteral("--out"), path, QStringLiteral("--sites"), QStringLiteral("20"),
                      QStringLiteral("--months"), QStringLiteral("12")}).code, 0);
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        QString site;
        QString period;
        {
            probe.setDatabaseName(path);
            QVERIFY(probe.open());
            QSqlQuery q(probe);
            QVERIFY(q.exec(QStringLiteral("SELECT s.code, r.period FROM report r JOIN site s ON s.id = r.site_id"
                                          " WHERE r.status = 'submitted' ORDER BY r.id LIMIT 1")) && q.next());
            site = q.value(0).toString();
            period = q.value(1).toString();
            probe.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        const QStringList where{QStringLiteral("--db"), path, QStringLiteral("--site"), site, QStringLiteral("--period"), period};
        // An officer may not approve; a manager must give a reason to return.
        Run officer = signedIn(QStringList{QStringLiteral("approve"), QStringLiteral("--user"), QStringLiteral("officer")} + where,
                               QStringLiteral("demo"));
        QCOMPARE(officer.code, 5);
        Run noReason = signedIn(QStringList{QStringLiteral("return"), QStringLiteral("--user"), QStringLiteral("manager")} + where,
                                QStringLiteral("demo"));
        QCOMPARE(noReason.code, 4);
        QVERIFY(noReason.err.contains(QStringLiteral("Say why")));
        Run returned = signedIn(QStringList{QStringLiteral("return"), QStringLiteral("--user"), QStringLiteral("manager"),
                                            QStringLiteral("--reason"), QStringLiteral("Check the sums")} + where,
                                QStringLiteral("demo"));
        QCOMPARE(returned.code, 0);
        QVERIFY(returned.out.contains(QStringLiteral("Returned")));
        // The manager cannot approve what is no longer submitted.
        Run approve = signedIn(QStringList{QStringLiteral("approve"), QStringLiteral("--user"), QStringLiteral("manager")} + where,
                               QStringLiteral("demo"));
        QCOMPARE(approve.code, 4);
        Run badSite = signedIn({QStringLiteral("approve"), QStringLiteral("--user"), QStringLiteral("manager"), QStringLiteral("--db"),
                                path, QStringLiteral("--site"), QStringLiteral("999999"), QStringLiteral("--period"), period},
                               QStringLiteral("demo"));
        QCOMPARE(badSite.code, 1);
        QVERIFY(badSite.err.contains(QStringLiteral("no site 999999")));
        // Every change is in the chained audit: the file checks healthy.
        QCOMPARE(run({QStringLiteral("check"), path}).code, 0);
    }

    // import checks, reports every bad row on stderr with file and row, writes the valid rows,
    // and a second run of the same file changes nothing.
    void importChecksThenWrites()
    {
        const QString path = m_dir.filePath(QStringLiteral("import.db"));
        QCOMPARE(run({QStringLiteral("generate"), QStringLiteral("--out"), path, QStringLiteral("--sites"), QStringLiteral("12"),
                      QStringLiteral("--months"), QStringLiteral("12")}).code, 0);
        QString site;
        {
            QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            probe.setDatabaseName(path);
            QVERIFY(probe.open());
            QSqlQuery q(probe);
            QVERIFY(q.exec(QStringLiteral("SELECT code FROM site ORDER BY id LIMIT 1")) && q.next());
            site = q.value(0).toString();
            probe.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        const QString csv = m_dir.filePath(QStringLiteral("values.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("site,indicator,period,option,value,numerator,denominator,comment\n"
                                   "%1,ANC4,2019-01,,,30,40,\n"
                                   "%1,ANC4,2019-02,,,50,40,\n"
                                   "%1,CASEMGMT,201901,,4,,,\n").arg(site).toUtf8());
        }
        const QStringList base{QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("manager")};
        const QString rejected = m_dir.filePath(QStringLiteral("rejected.csv"));

        const Run dry = signedIn(base + QStringList{QStringLiteral("--dry-run"), csv}, QStringLiteral("demo"));
        QCOMPARE(dry.code, 3); // a row was rejected
        QVERIFY2(dry.out.contains(QStringLiteral("2 new, 0 changed, 0 unchanged, 1 rejected")), qPrintable(dry.out));
        QVERIFY2(dry.err.contains(QStringLiteral("values.csv:3: numerator: The numerator 50 is larger than the denominator 40.")),
                 qPrintable(dry.err));
        const Run none = signedIn(base + QStringList{QStringLiteral("--all-or-nothing"), csv}, QStringLiteral("demo"));
        QCOMPARE(none.code, 3);
        QVERIFY(none.out.contains(QStringLiteral("Nothing was imported")));

        const Run first = signedIn(base + QStringList{QStringLiteral("--rejected"), rejected, csv}, QStringLiteral("demo"));
        QCOMPARE(first.code, 3);
        QVERIFY2(first.out.contains(QStringLiteral("Imported: 2 new, 0 changed, 0 unchanged; 1 rejected.")), qPrintable(first.out));
        QFile r(rejected);
        QVERIFY(r.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(r.readAll()).contains(QStringLiteral(",ANC4,2019-02,,,50,40,,numerator: The numerator 50")));

        const Run again = signedIn(base + QStringList{csv}, QStringLiteral("demo"));
        QVERIFY2(again.out.contains(QStringLiteral("Imported: 0 new, 0 changed, 2 unchanged; 1 rejected.")), qPrintable(again.out));
        QCOMPARE(run({QStringLiteral("check"), path}).code, 0); // audited, chained, consistent

        // Viewers import nothing; bad arguments and missing files say what is wrong.
        const Run viewer = signedIn({QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--user"),
                                     QStringLiteral("viewer"), csv},
                                    QStringLiteral("demo"));
        QCOMPARE(viewer.code, 5);
        QVERIFY(viewer.err.contains(QStringLiteral("not import")));
        const Run badEncoding = signedIn(base + QStringList{QStringLiteral("--encoding"), QStringLiteral("latin9"), csv},
                                         QStringLiteral("demo"));
        QCOMPARE(badEncoding.code, 1);
        QVERIFY(badEncoding.err.contains(QStringLiteral("latin9")));
        const Run missing = signedIn(base + QStringList{m_dir.filePath(QStringLiteral("nope.csv"))}, QStringLiteral("demo"));
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(QStringLiteral("nope.csv")));
        const Run noMapping = signedIn(base + QStringList{QStringLiteral("--mapping"), QStringLiteral("Nothing saved"), csv},
                                       QStringLiteral("demo"));
        QCOMPARE(noMapping.code, 1);
        QVERIFY(noMapping.err.contains(QStringLiteral("Nothing saved")));
    }

    // import-metadata: sites from a CSV file, all or nothing, a second run unchanged, officers
    // refused, bad arguments; DHIS2 metadata.
    void importMetadata()
    {
        const QString path = m_dir.filePath(QStringLiteral("metadata.db"));
        QCOMPARE(run({QStringLiteral("generate"), QStringLiteral("--out"), path, QStringLiteral("--sites"), QStringLiteral("4"),
                      QStringLiteral("--months"), QStringLiteral("12")}).code, 0);
        auto write = [&](const QString &name, const QString &text) {
            const QString file = m_dir.filePath(name);
            QFile f(file);
            if (f.open(QIODevice::WriteOnly))
                f.write(text.toUtf8());
            return file;
        };
        const QString good = write(QStringLiteral("sites.csv"), QStringLiteral("代码,名称,组别,城乡\n"
                                                                               "NEW-1,新项目点一,试点,农村\n"
                                                                               "NEW-2,新项目点二,对照,城市\n"));
        const QString bad = write(QStringLiteral("badsites.csv"), QStringLiteral("code,name,arm\n"
                                                                                 "NEW-3,Three,pilot\n"
                                                                                 "NEW-4,Four,sideways\n"));
        const QStringList base{QStringLiteral("import-metadata"), QStringLiteral("--db"), path, QStringLiteral("--user"),
                               QStringLiteral("manager"), QStringLiteral("--kind"), QStringLiteral("sites")};
        const auto fingerprintBefore = fingerprint(path);

        const Run rejected = signedIn(base + QStringList{bad}, QStringLiteral("demo"));
        QCOMPARE(rejected.code, 3);
        QVERIFY2(rejected.err.contains(QStringLiteral("badsites.csv:3: arm: “sideways” is not an arm")), qPrintable(rejected.err));
        QVERIFY2(rejected.out.contains(QStringLiteral("Nothing was imported")), qPrintable(rejected.out));
        QCOMPARE(fingerprint(path), fingerprintBefore);

        const Run dry = signedIn(base + QStringList{QStringLiteral("--dry-run"), good}, QStringLiteral("demo"));
        QCOMPARE(dry.code, 0);
        QVERIFY2(dry.out.contains(QStringLiteral("2 records: 2 new, 0 changed, 0 unchanged, 0 rejected")), qPrintable(dry.out));
        const Run first = signedIn(base + QStringList{good}, QStringLiteral("demo"));
        QCOMPARE(first.code, 0);
        QVERIFY2(first.out.contains(QStringLiteral("Imported: 2 new, 0 changed, 0 unchanged")), qPrintable(first.out));
        const Run again = signedIn(base + QStringList{good}, QStringLiteral("demo"));
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QStringLiteral("Imported: 0 new, 0 changed, 2 unchanged")), qPrintable(again.out));

        const QString dhis2 = QStringLiteral(SCALEREADY_SOURCE_DIR
                                             "/../shared/contracts/dhis2/dhis2-core/data_element_and_dataset_with_catcombo.json");
        if (QFile::exists(dhis2)) {
            const Run fromDhis2 = signedIn({QStringLiteral("import-metadata"), QStringLiteral("--db"), path, QStringLiteral("--user"),
                                            QStringLiteral("manager"), QStringLiteral("--kind"), QStringLiteral("dhis2"), dhis2},
                                           QStringLiteral("demo"));
            QCOMPARE(fromDhis2.code, 0);
            QVERIFY2(fromDhis2.out.contains(QStringLiteral("1 new")), qPrintable(fromDhis2.out));
        }
        QCOMPARE(run({QStringLiteral("check"), path}).code, 0); // audited, chained, consistent

        const Run officer = signedIn({QStringLiteral("import-metadata"), QStringLiteral("--db"), path, QStringLiteral("--user"),
                                      QStringLiteral("officer"), QStringLiteral("--kind"), QStringLiteral("sites"), good},
                                     QStringLiteral("demo"));
        QCOMPARE(officer.code, 5);
        QVERIFY2(officer.err.contains(QStringLiteral("Only programme managers and administrators")), qPrintable(officer.err));
        const Run badKind = signedIn({QStringLiteral("import-metadata"), QStringLiteral("--db"), path, QStringLiteral("--user"),
                                      QStringLiteral("manager"), QStringLiteral("--kind"), QStringLiteral("users"), good},
                                     QStringLiteral("demo"));
        QCOMPARE(badKind.code, 1);
        QVERIFY(badKind.err.contains(QStringLiteral("--kind")));
        const Run missing = signedIn(base + QStringList{m_dir.filePath(QStringLiteral("nope.xlsx"))}, QStringLiteral("demo"));
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(QStringLiteral("nope.xlsx")));
        const Run noSheet = signedIn(base + QStringList{QStringLiteral("--sheet"), QStringLiteral("X"), good}, QStringLiteral("demo"));
        QCOMPARE(noSheet.code, 0); // a CSV file has no sheets: the option does not matter
        QVERIFY(run({QStringLiteral("--help")}).out.contains(QStringLiteral("import-metadata")));
    }

    void versionAndHelp()
    {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.contains(QRegularExpression(QStringLiteral("^scaleready \\d+\\.\\d+\\.\\d+"))));
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("generate --out FILE.db")));
        QVERIFY(help.out.contains(QStringLiteral("Exit codes")));
        const Run verbHelp = run({QStringLiteral("generate"), QStringLiteral("--help")});
        QCOMPARE(verbHelp.code, 0);
        QVERIFY(verbHelp.out.contains(QStringLiteral("--sites")));
    }

    void generatesAndChecks()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.db"));
        const Run generated = run({QStringLiteral("generate"), QStringLiteral("--out"), path, QStringLiteral("--sites"),
                                   QStringLiteral("6"), QStringLiteral("--months"), QStringLiteral("12"),
                                   QStringLiteral("--seed"), QStringLiteral("5")});
        QCOMPARE(generated.code, 0);
        QVERIFY2(generated.out.contains(QStringLiteral("6 sites")), qPrintable(generated.out));
        const Run checked = run({QStringLiteral("check"), path});
        QCOMPARE(checked.code, 0);
        QVERIFY(checked.out.contains(QStringLiteral("is healthy")));

        const QByteArray before = fingerprint(path);
        const Run again = run({QStringLiteral("generate"), QStringLiteral("--out"), path});
        QCOMPARE(again.code, 2);
        const Run noFolder = run({QStringLiteral("generate"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("no/such/x.db"))});
        QCOMPARE(noFolder.code, 2);
        QVERIFY2(noFolder.err.contains(QStringLiteral("does not exist")), qPrintable(noFolder.err));
        QVERIFY2(again.err.contains(QStringLiteral("already exists")), qPrintable(again.err));
        QCOMPARE(fingerprint(path), before);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown verb") << QStringList{QStringLiteral("frobnicate")} << "Unknown verb";
        QTest::newRow("no output") << QStringList{QStringLiteral("generate")} << "--out FILE.db is required";
        QTest::newRow("sites not a number") << QStringList{QStringLiteral("generate"), QStringLiteral("--out"), QStringLiteral("x.db"),
                                                           QStringLiteral("--sites"), QStringLiteral("many")}
                                            << "--sites needs a whole number";
        QTest::newRow("too few months") << QStringList{QStringLiteral("generate"), QStringLiteral("--out"), QStringLiteral("x.db"),
                                                       QStringLiteral("--months"), QStringLiteral("3")}
                                        << "between 12 and";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("generate"), QStringLiteral("--colour")} << "colour";
        QTest::newRow("check without file") << QStringList{QStringLiteral("check")} << "exactly one database file";
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = run(arguments);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(QStringLiteral("x.db")));
    }

    void checkReportsFileErrorsAndProblems()
    {
        const QString text = m_dir.filePath(QStringLiteral("notes.db"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("hello");
        }
        const Run bad = run({QStringLiteral("check"), text});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(QStringLiteral("not an SQLite file")));

        const QString path = m_dir.filePath(QStringLiteral("broken.db"));
        QCOMPARE(run({QStringLiteral("generate"), QStringLiteral("--out"), path, QStringLiteral("--sites"), QStringLiteral("3"),
                      QStringLiteral("--months"), QStringLiteral("12")})
                     .code,
                 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("break"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP INDEX site_code")));
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("break"));
        const Run problems = run({QStringLiteral("check"), path});
        QCOMPARE(problems.code, 3);
        QVERIFY2(problems.err.contains(QStringLiteral("site_code")), qPrintable(problems.err));

        // A damaged file is a problem found, not a file that cannot be read.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(f.size() / 2));
        }
        const Run damaged = run({QStringLiteral("check"), path});
        QCOMPARE(damaged.code, 3);
        QVERIFY2(damaged.err.contains(QStringLiteral("damaged")), qPrintable(damaged.err));
    }

    // export reads the file only: no --user, exit 1 for bad arguments naming them, 2 for files.
    void exportWritesTheSelection()
    {
        const QString path = m_dir.filePath(QStringLiteral("export.db"));
        QCOMPARE(run({QStringLiteral("generate"), QStringLiteral("--out"), path, QStringLiteral("--sites"), QStringLiteral("3"),
                      QStringLiteral("--months"), QStringLiteral("12")})
                     .code,
                 0);
        const QString csv = m_dir.filePath(QStringLiteral("values.csv"));
        const Run good = run({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--format"), QStringLiteral("csv"),
                              QStringLiteral("--no-bom"), QStringLiteral("--indicator"), QStringLiteral("FULLIMM"),
                              QStringLiteral("--status"), QStringLiteral("approved"), QStringLiteral("--out"), csv});
        QVERIFY2(good.code == 0, qPrintable(good.err));
        QVERIFY2(good.out.startsWith(QStringLiteral("Wrote ")) && good.out.contains(csv), qPrintable(good.out));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("site,indicator,period,option,value,numerator,denominator,comment\r"));
        QVERIFY(lines.size() > 2);
        for (const QByteArray &line : lines.mid(1, lines.size() - 2))
            QVERIFY2(line.split(',').value(1) == "FULLIMM", line.constData());
        QVERIFY2(good.out.contains(QString::number(lines.size() - 2)), qPrintable(good.out));

        const QString adx = m_dir.filePath(QStringLiteral("values.xml"));
        const Run dhis2 = run({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--format"), QStringLiteral("adx"),
                               QStringLiteral("--out"), adx});
        QVERIFY2(dhis2.code == 0, qPrintable(dhis2.err));
        QVERIFY2(dhis2.err.contains(QStringLiteral("warning")), qPrintable(dhis2.err)); // no DHIS2 mappings: codes fell back
        QVERIFY(QFile::exists(adx));

        const Run badFormat = run({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--format"), QStringLiteral("pdf"),
                                   QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(badFormat.code, 1);
        QVERIFY2(badFormat.err.contains(QStringLiteral("--format")) && badFormat.err.contains(QStringLiteral("pdf")), qPrintable(badFormat.err));
        const Run badSite = run({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--format"), QStringLiteral("csv"),
                                 QStringLiteral("--site"), QStringLiteral("NOPE"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("y.csv"))});
        QCOMPARE(badSite.code, 1);
        QVERIFY2(badSite.err.contains(QStringLiteral("--site")) && badSite.err.contains(QStringLiteral("NOPE")), qPrintable(badSite.err));
        const Run badStatus = run({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--format"), QStringLiteral("csv"),
                                   QStringLiteral("--status"), QStringLiteral("done"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("y.csv"))});
        QCOMPARE(badStatus.code, 1);
        QVERIFY2(badStatus.err.contains(QStringLiteral("--status")), qPrintable(badStatus.err));
        const Run missingDb = run({QStringLiteral("export"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.db")),
                                   QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("z.csv"))});
        QCOMPARE(missingDb.code, 2);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.db"))));
        const Run noFolder = run({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--format"), QStringLiteral("csv"),
                                  QStringLiteral("--out"), m_dir.filePath(QStringLiteral("no/such/z.csv"))});
        QCOMPARE(noFolder.code, 2);
        QVERIFY2(noFolder.err.contains(QStringLiteral("z.csv")), qPrintable(noFolder.err));
        const Run help = run({QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QStringLiteral("  export --db FILE.db")) && help.out.contains(QStringLiteral("needs no --user")),
                 qPrintable(help.out));
    }

    // report writes the evidence brief without a display; bad input gets a message naming it,
    // the documented exit code and no PDF.
    void reportWritesTheBrief()
    {
        const QString path = m_dir.filePath(QStringLiteral("report.db"));
        QCOMPARE(run({QStringLiteral("generate"), QStringLiteral("--out"), path, QStringLiteral("--sites"), QStringLiteral("8"),
                      QStringLiteral("--months"), QStringLiteral("12")})
                     .code,
                 0);
        const QString pdf = m_dir.filePath(QStringLiteral("brief.pdf"));
        const Run good = report({QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--out"), pdf});
        QVERIFY2(good.code == 0, qPrintable(good.err));
        QVERIFY2(good.out.contains(pdf), qPrintable(good.out));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        file.close();
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
        // In Chinese: the programme's and the provinces' Chinese names.
        QVERIFY2(extracted.contains(QStringLiteral("中国西部儿童早期综合发展项目")), qPrintable(extracted.left(500)));
        QVERIFY(extracted.contains(QStringLiteral("省")));
        QVERIFY(!extracted.contains(QStringLiteral("western China")));
        // Read only: the database is untouched.
        const QByteArray before = fingerprint(path);
        QVERIFY(report({QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out"), pdf}).code == 0);
        QCOMPARE(fingerprint(path), before);
        // A file of an earlier version (schema 6, before readiness) is not read half-way: it
        // needs its upgrade first, and the message says how.
        const QString old = m_dir.filePath(QStringLiteral("report-v6.db"));
        QVERIFY(QFile::copy(path, old));
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            c.setDatabaseName(old);
            QVERIFY(c.open());
            QSqlQuery q(c);
            for (const char *sql : {"DROP TABLE readiness_judgement", "DROP TABLE readiness_assessment",
                                    "DROP TABLE readiness_criterion", "PRAGMA user_version = 6"})
                QVERIFY2(q.exec(QLatin1StringView(sql)), sql);
            q.finish();
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        const QString oldPdf = m_dir.filePath(QStringLiteral("old.pdf"));
        const Run older = report({QStringLiteral("--db"), old, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out"), oldPdf});
        QCOMPARE(older.code, 2);
        QVERIFY2(older.err.contains(QStringLiteral("earlier version")), qPrintable(older.err));
        QVERIFY(!QFile::exists(oldPdf));

        const Run help = run({QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QStringLiteral("  report --db FILE.db --lang zh|en --out FILE.pdf")), qPrintable(help.out));
        const Run verbHelp = report({QStringLiteral("--help")});
        QCOMPARE(verbHelp.code, 0);
        QVERIFY(verbHelp.out.contains(QStringLiteral("--assessment")));

        struct Bad
        {
            QStringList arguments;
            int code;
            QStringList message;
        };
        const QString out = m_dir.filePath(QStringLiteral("bad.pdf"));
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.db"));
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        }
        const QList<Bad> bad = {
            {{QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--out"), out}, 1,
             {QStringLiteral("--lang"), QStringLiteral("fr")}},
            {{QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en")}, 1, {QStringLiteral("--out")}},
            {{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.db")), QStringLiteral("--lang"), QStringLiteral("en"),
              QStringLiteral("--out"), out},
             2, {QStringLiteral("none.db")}},
            {{QStringLiteral("--db"), damaged, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out"), out}, 2, {}},
            {{QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--programme"),
              QStringLiteral("NOPE"), QStringLiteral("--out"), out},
             1, {QStringLiteral("NOPE")}},
            {{QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--assessment"),
              QStringLiteral("99"), QStringLiteral("--out"), out},
             1, {QStringLiteral("assessment 99")}},
            {{QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--assessment"),
              QStringLiteral("latest"), QStringLiteral("--out"), out},
             1, {QStringLiteral("--assessment"), QStringLiteral("latest")}},
            {{QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out"),
              m_dir.filePath(QStringLiteral("no/such/bad.pdf"))},
             2, {QStringLiteral("bad.pdf")}},
        };
        for (const Bad &b : bad) {
            const Run r = report(b.arguments);
            QVERIFY2(r.code == b.code, qPrintable(b.arguments.join(u' ') + QStringLiteral(": ") + r.err));
            QVERIFY2(r.err.contains(QStringLiteral("report: ")), qPrintable(r.err));
            for (const QString &m : b.message)
                QVERIFY2(r.err.contains(m), qPrintable(r.err));
            QVERIFY(!QFileInfo::exists(out));
            QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no/such/bad.pdf"))));
        }
        // Messages in the interface language.
        const Run chinese = report({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.db")), QStringLiteral("--lang"),
                                    QStringLiteral("en"), QStringLiteral("--out"), out},
                                   QStringLiteral("zh_CN"));
        QCOMPARE(chinese.code, 2);
        QVERIFY2(chinese.err.contains(QStringLiteral("不存在")), qPrintable(chinese.err));
        QVERIFY(!QFileInfo::exists(out));
    }

    // sync: a starter package makes the officer's laptop; packages go both ways with the summary
    // on stdout; a refused package and a role that may not import say so with their exit codes.
    void syncExchangesPackages()
    {
        const QString manager = m_dir.filePath(QStringLiteral("sync-manager.db"));
        const QString laptop = m_dir.filePath(QStringLiteral("sync-laptop.db"));
        const QString starter = m_dir.filePath(QStringLiteral("starter.srpk"));
        const QString up = m_dir.filePath(QStringLiteral("up.srpk"));
        QCOMPARE(run({QStringLiteral("generate"), QStringLiteral("--out"), manager, QStringLiteral("--sites"), QStringLiteral("8"),
                      QStringLiteral("--months"), QStringLiteral("12")}).code, 0);
        const Run made = signedIn({QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("--db"), manager,
                                   QStringLiteral("--user"), QStringLiteral("manager"), QStringLiteral("--to"),
                                   QStringLiteral("officer"), QStringLiteral("--out"), starter}, QStringLiteral("demo"));
        QVERIFY2(made.code == 0, qPrintable(made.err));
        QVERIFY2(made.out.contains(QStringLiteral("starter package for officer")), qPrintable(made.out));
        const Run created = run({QStringLiteral("sync"), QStringLiteral("import"), QStringLiteral("--db"), laptop, starter});
        QVERIFY2(created.code == 0, qPrintable(created.err));
        QVERIFY(created.out.contains(QStringLiteral("Created the field database")));
        QVERIFY(created.out.contains(QStringLiteral("Inserted ")));
        QCOMPARE(run({QStringLiteral("check"), laptop}).code, 0);
        const Run sent = signedIn({QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("--db"), laptop,
                                   QStringLiteral("--user"), QStringLiteral("officer"), QStringLiteral("--out"), up},
                                  QStringLiteral("demo"));
        QVERIFY2(sent.code == 0, qPrintable(sent.err));
        QVERIFY(QFile::exists(up));
        const Run applied = signedIn({QStringLiteral("sync"), QStringLiteral("import"), QStringLiteral("--db"), manager,
                                      QStringLiteral("--user"), QStringLiteral("manager"), up}, QStringLiteral("demo"));
        QVERIFY2(applied.code == 0, qPrintable(applied.err));
        QVERIFY(applied.out.contains(QStringLiteral("conflicts 0, rejected 0")));
        QVERIFY(applied.out.contains(QStringLiteral("A backup made before the import")));
        // The starter again, on the existing laptop: refused, exit 2.
        const Run refused = signedIn({QStringLiteral("sync"), QStringLiteral("import"), QStringLiteral("--db"), laptop,
                                      QStringLiteral("--user"), QStringLiteral("officer"), starter}, QStringLiteral("demo"));
        QCOMPARE(refused.code, 2);
        QVERIFY(refused.err.contains(QStringLiteral("starter package")));
        // A viewer may not import on the manager's database: exit 5.
        const Run viewer = signedIn({QStringLiteral("sync"), QStringLiteral("import"), QStringLiteral("--db"), manager,
                                     QStringLiteral("--user"), QStringLiteral("viewer"), up}, QStringLiteral("demo"));
        QCOMPARE(viewer.code, 5);
        // Usage errors.
        QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("swap")}).code, 1);
        QCOMPARE(signedIn({QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("--db"), manager,
                           QStringLiteral("--user"), QStringLiteral("manager")}, QStringLiteral("demo")).code, 1);
        // In Chinese.
        const Run chinese = run({QStringLiteral("sync"), QStringLiteral("import"), QStringLiteral("--db"), laptop,
                                 QStringLiteral("--user"), QStringLiteral("officer"), starter},
                                QStringLiteral("zh"), QStringLiteral("C.UTF-8"), {{QStringLiteral("SCALEREADY_PASSWORD"), QStringLiteral("demo")}});
        QVERIFY(chinese.code != 0);
        QVERIFY2(chinese.err.contains(QStringLiteral("初始包")), qPrintable(chinese.err));
    }

    void followsTheSystemLocale()
    {
        const Run chinese = run({QStringLiteral("--help")}, QString(), QStringLiteral("zh_CN.UTF-8"));
        QVERIFY2(chinese.out.contains(QStringLiteral("用法")), qPrintable(chinese.out));
        const Run english = run({QStringLiteral("--help")}, QString(), QStringLiteral("en_GB.UTF-8"));
        QVERIFY2(english.out.contains(QStringLiteral("Usage")), qPrintable(english.out));
    }

    void speaksChinese()
    {
        const Run help = run({QStringLiteral("--help")}, QStringLiteral("zh_CN"));
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.contains(QStringLiteral("用法")), qPrintable(help.out));
        const Run bad = run({QStringLiteral("check"), m_dir.filePath(QStringLiteral("nothing.db"))}, QStringLiteral("zh_CN"));
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("不存在")), qPrintable(bad.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
