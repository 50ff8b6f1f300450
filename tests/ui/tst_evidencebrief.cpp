#include "report/evidencebrief.h"
#include "services/monitoringservice.h"
#include "services/readinessservice.h"
#include "storage/programmerepository.h"
#include "uitestsupport.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>

using namespace UiTestSupport;

// The evidence brief as a reader gets it: the PDF written, then read back with poppler's tools
// (pdftotext, pdffonts, pdftoppm), in English and in Chinese.
class TestEvidenceBrief final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    qint64 m_programme = 0;

    static QString tool(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(60000))
            return {};
        if (exitCode)
            *exitCode = process.exitCode();
        return QString::fromUtf8(process.readAllStandardOutput());
    }
    static QString text(const QString &pdf)
    {
        return tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    }

    EvidenceBrief::Options options(const QString &language, const QString &name, qint64 assessment = 0) const
    {
        EvidenceBrief::Options o;
        o.programmeId = m_programme;
        o.assessmentId = assessment;
        o.language = language;
        o.path = m_dir.filePath(name);
        return o;
    }

    // A number as the brief formats it in a language's locale.
    static QLocale localeOf(const QString &language)
    {
        return language == QLatin1StringView("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                      : QLocale(QLocale::English, QLocale::UnitedKingdom);
    }

    // A translated text as it reads in the given language (the UI language left as it was).
    static QString in(const QString &language, const std::function<QString()> &text)
    {
        const QString before = LanguageManager::instance()->language();
        LanguageManager::instance()->setLanguage(language);
        const QString t = text();
        LanguageManager::instance()->setLanguage(before);
        return t;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        m_session = demoSession(m_dir);
        QVERIFY(m_session);
        const auto programmes = ProgrammeRepository(m_session->database()).all();
        QCOMPARE(programmes.size(), 1);
        m_programme = programmes.first().meta.id;
    }

    void writesTheBrief_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("headings");
        QTest::addColumn<QString>("pageOne");
        QTest::addColumn<QString>("province");
        QTest::newRow("English") << QStringLiteral("en")
                                 << QStringList{QStringLiteral("Scale-up readiness — evidence brief"), QStringLiteral("1. Verdict and reasons"),
                                                QStringLiteral("3. The sites"), QStringLiteral("4. Key outcomes"),
                                                QStringLiteral("5. Cost and co-financing"), QStringLiteral("7. Data-quality caveats"),
                                                QStringLiteral("9. Methods"), QStringLiteral("Annex: indicator values by year"),
                                                QStringLiteral("Preliminary — no assessment yet")}
                                 << QStringLiteral("Page 1 of (\\d+)") << QStringLiteral("Gansu");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN")
                                 << QStringList{QStringLiteral("推广准备度——证据简报"), QStringLiteral("1. 结论与理由"),
                                                QStringLiteral("3. 项目点"), QStringLiteral("4. 主要成果"),
                                                QStringLiteral("5. 成本与共同出资"), QStringLiteral("7. 数据质量说明"),
                                                QStringLiteral("9. 方法"), QStringLiteral("附录：各年度指标值"),
                                                QStringLiteral("初步评估——尚无正式评估")}
                                 << QStringLiteral("第 1 页，共 (\\d+) 页") << QStringLiteral("甘肃省");
    }
    void writesTheBrief()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, headings);
        QFETCH(QString, pageOne);
        QFETCH(QString, province);
        const EvidenceBrief::Options o = options(language, QStringLiteral("brief-%1.pdf").arg(language));
        QList<int> steps;
        const auto data = EvidenceBrief::gather(m_session->database(), m_session->actor(), o, {}, [&](int p) { steps.append(p); });
        QVERIFY2(data, qPrintable(data.error()));
        QCOMPARE(data->status, EvidenceBrief::Status::Preliminary);
        QVERIFY(!steps.isEmpty() && steps.last() == 100);
        QVERIFY(std::is_sorted(steps.begin(), steps.end()));
        const auto written = EvidenceBrief::write(data.value(), o);
        QVERIFY2(written, qPrintable(written.error()));
        QVERIFY(QFileInfo(o.path).size() > 10000);

        const QString pdf = text(o.path);
        for (const QString &heading : headings)
            QVERIFY2(pdf.contains(heading), qPrintable(heading));
        // The verdict in the brief's language, and the province named in it.
        const QString verdict = in(language, [&] { return Readiness::verdictLabel(data->evaluation.verdict); });
        QVERIFY2(pdf.contains(verdict), qPrintable(verdict));
        QVERIFY(pdf.contains(province));
        // Key figures as that locale writes them: a DiD estimate and the cost per beneficiary.
        const QLocale locale = localeOf(language);
        const EvidenceBrief::Outcome *estimated = nullptr;
        for (const EvidenceBrief::Outcome &outcome : data->outcomes) {
            if (outcome.evidence.did.estimate && !estimated)
                estimated = &outcome;
        }
        QVERIFY(estimated);
        const QString did = locale.toString(*estimated->evidence.did.estimate, 'f', Analytics::decimalsOf(estimated->evidence.type) + 1);
        QVERIFY2(pdf.contains(did), qPrintable(did));
        QVERIFY(!data->costs.isEmpty());
        const EvidenceBrief::CostRow &last = data->costs.last();
        QVERIFY(last.beneficiaries > 0);
        const QString perBeneficiary = locale.toString(last.total() / double(last.beneficiaries), 'f', 1);
        QVERIFY2(pdf.contains(perBeneficiary), qPrintable(perBeneficiary));
        const QString total = locale.toString(last.total(), 'f', 0);
        QVERIFY2(total.contains(locale.groupSeparator()) && pdf.contains(total), qPrintable(total));
        // Pages: "Page 1 of N" and so on to N.
        const QRegularExpressionMatch page = QRegularExpression(pageOne).match(pdf);
        QVERIFY2(page.hasMatch(), qPrintable(pageOne));
        const int pages = page.captured(1).toInt();
        QVERIFY(pages >= 5);
        QVERIFY(pdf.contains(QString(pageOne).replace(QStringLiteral("1"), QString::number(pages)).replace(QStringLiteral("(\\d+)"), QString::number(pages))));
        // No Kangxi radicals (what Noto Sans CJK gives back) and the one font, embedded.
        for (const QChar c : pdf)
            QVERIFY2(c.unicode() < 0x2F00 || c.unicode() > 0x2FDF, "a Kangxi radical in the extracted text");
        const QString fonts = tool(QStringLiteral("pdffonts"), {o.path});
        const QStringList rows = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY2(!rows.isEmpty(), qPrintable(fonts));
        for (const QString &row : rows) {
            QVERIFY2(row.startsWith(QLatin1StringView("WenQuanYiMicroHei")), qPrintable(row));
            QVERIFY2(row.simplified().split(u' ').contains(QLatin1StringView("yes")), qPrintable(row)); // emb
        }
        // The first page renders.
        const QString prefix = m_dir.filePath(QStringLiteral("page-%1").arg(language));
        int code = -1;
        tool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"),
                                           QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), o.path, prefix},
             &code);
        QCOMPARE(code, 0);
        const QStringList pngs = QDir(m_dir.path()).entryList({QStringLiteral("page-%1*.png").arg(language)});
        QCOMPARE(pngs.size(), 1);
        const QImage image(m_dir.filePath(pngs.first()));
        QVERIFY(!image.isNull() && image.width() > 200 && image.height() > 300);
        // The interface language is back.
        QCOMPARE(LanguageManager::instance()->language(), QStringLiteral("en"));
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    // A signed assessment's brief is its snapshot: verdict, signer and scores as signed, even
    // when the criteria and the data changed since and a newer draft says otherwise.
    void signedAssessmentShowsItsSnapshot()
    {
        Database &db = m_session->database();
        ReadinessService readiness(db, m_session->actor());
        auto judgedAll = [&](ReadinessAssessment a, int score) -> ReadinessAssessment {
            for (const ReadinessCriterion &c : readiness.criteria(m_programme)) {
                if (!c.judged())
                    continue;
                auto judged = readiness.judge(a, c.meta.id, score, QStringLiteral("Reviewed with the county team"));
                if (!judged)
                    qWarning("%s", qPrintable(judged.error()));
                a = judged.value();
            }
            return a;
        };
        auto created = readiness.createAssessment(m_programme, QStringLiteral("Mid-term review"));
        QVERIFY2(created, qPrintable(created.error()));
        const ReadinessAssessment draft = judgedAll(created.value(), 4);
        const auto evaluation = readiness.evaluate(m_programme, draft.meta.id);
        QVERIFY(evaluation);
        const auto inputs = readiness.gather(m_programme);
        QVERIFY(inputs);
        const auto signedOff = readiness.signOff(draft, inputs.value(), QDateTime::currentDateTimeUtc());
        QVERIFY2(signedOff, qPrintable(signedOff.error()));
        const Readiness::Verdict signedVerdict = evaluation->verdict;
        QString signedCost;
        for (const Readiness::CriterionResult &r : evaluation->criteria) {
            if (r.criterion.evidence == Readiness::Evidence::CostPerBeneficiary)
                signedCost = Readiness::measureText(r, localeOf(QStringLiteral("en")));
        }
        QVERIFY(!signedCost.isEmpty() && signedCost != QStringLiteral("–"));

        // Afterwards: no criterion is critical any more, the latest programme spending halves, and a newer
        // draft scores everything 4.
        QList<ReadinessCriterion> criteria = readiness.criteria(m_programme);
        for (ReadinessCriterion &c : criteria)
            c.critical = false;
        QVERIFY(readiness.saveCriteria(m_programme, criteria));
        CostService costs(db, m_session->actor());
        int latest = 0;
        for (const Cost &c : costs.costs(m_programme))
            latest = std::max(latest, c.year);
        for (Cost c : costs.costs(m_programme)) {
            if (c.year != latest)
                continue;
            c.programmeSpending /= 2;
            QVERIFY(costs.update(c));
        }
        auto newer = readiness.createAssessment(m_programme, QStringLiteral("Final review"));
        QVERIFY(newer);
        const ReadinessAssessment newerDraft = judgedAll(newer.value(), 4);
        const auto live = readiness.evaluate(m_programme, newerDraft.meta.id);
        QVERIFY(live);
        QVERIFY2(live->verdict != signedVerdict, "the change must move the live verdict, or the test proves nothing");

        // Default: the newest signed assessment, not the newer draft.
        const EvidenceBrief::Options o = options(QStringLiteral("en"), QStringLiteral("signed.pdf"));
        const auto data = EvidenceBrief::gather(db, m_session->actor(), o);
        QVERIFY2(data, qPrintable(data.error()));
        QCOMPARE(data->status, EvidenceBrief::Status::Signed);
        QCOMPARE(data->assessmentId, signedOff->meta.id);
        QVERIFY(EvidenceBrief::write(data.value(), o));
        const QString pdf = text(o.path);
        const QString signer = signedOff->signedByName;
        QVERIFY(!signer.isEmpty());
        const QString on = localeOf(QStringLiteral("en")).toString(signedOff->signedAt.toLocalTime().date(), QStringLiteral("d MMMM yyyy"));
        QVERIFY2(pdf.contains(QStringLiteral("Signed off by %1 on %2").arg(signer, on)), qPrintable(pdf.left(800)));
        QVERIFY(pdf.contains(QStringLiteral("Mid-term review")));
        QVERIFY(pdf.contains(Readiness::verdictLabel(signedVerdict)));
        QVERIFY(!pdf.contains(Readiness::verdictLabel(live->verdict)));
        QVERIFY2(pdf.contains(signedCost), qPrintable(signedCost));

        // Asked for by id, the draft says it is one, with its live verdict.
        const EvidenceBrief::Options d = options(QStringLiteral("en"), QStringLiteral("draft.pdf"), newerDraft.meta.id);
        const auto draftData = EvidenceBrief::gather(db, m_session->actor(), d);
        QVERIFY(draftData);
        QCOMPARE(draftData->status, EvidenceBrief::Status::Draft);
        QVERIFY(EvidenceBrief::write(draftData.value(), d));
        const QString draftPdf = text(d.path);
        QVERIFY(draftPdf.contains(QStringLiteral("Draft — not signed off")));
        QVERIFY(draftPdf.contains(Readiness::verdictLabel(live->verdict)));

        // An assessment of no such id is refused.
        const auto unknown = EvidenceBrief::gather(db, m_session->actor(), options(QStringLiteral("en"), QStringLiteral("x.pdf"), 9999));
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().contains(QStringLiteral("9999")), qPrintable(unknown.error()));
    }

    // A file that cannot be written: a message naming it, no file, and the old file kept.
    void unwritablePathFails()
    {
        const auto data = EvidenceBrief::gather(m_session->database(), m_session->actor(), options(QStringLiteral("en"), QStringLiteral("a.pdf")));
        QVERIFY(data);
        EvidenceBrief::Options o = options(QStringLiteral("zh_CN"), QStringLiteral("no/such/folder/brief.pdf"));
        const auto written = EvidenceBrief::write(data.value(), o);
        QVERIFY(!written);
        QVERIFY2(written.error().contains(QStringLiteral("brief.pdf")), qPrintable(written.error()));
        QVERIFY(!QFileInfo::exists(o.path));
        QCOMPARE(LanguageManager::instance()->language(), QStringLiteral("en"));
        QCOMPARE(QLocale().language(), QLocale::English);

        // A folder in the way of the file.
        o.path = m_dir.filePath(QStringLiteral("folder.pdf"));
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder.pdf")));
        QVERIFY(!EvidenceBrief::write(data.value(), o));
        QVERIFY(QFileInfo(o.path).isDir());

        // An unknown language writes nothing.
        o.path = m_dir.filePath(QStringLiteral("fr.pdf"));
        o.language = QStringLiteral("fr");
        const auto french = EvidenceBrief::write(data.value(), o);
        QVERIFY(!french);
        QVERIFY(french.error().contains(QStringLiteral("fr")));
        QVERIFY(!QFileInfo::exists(o.path));
    }

    void cancelStopsGathering()
    {
        int calls = 0;
        const auto data = EvidenceBrief::gather(m_session->database(), m_session->actor(), options(QStringLiteral("en"), QStringLiteral("c.pdf")),
                                                [&] { return ++calls > 3; });
        QVERIFY(!data);
        QCOMPARE(data.error(), QStringLiteral("Cancelled."));
        QVERIFY(calls > 3);
    }

    void cleanupTestCase()
    {
        m_session.reset();
    }
};

QTEST_MAIN(TestEvidenceBrief)
#include "tst_evidencebrief.moc"
