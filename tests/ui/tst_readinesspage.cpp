#include "charts/radarchart.h"
#include "models/readinessmodel.h"
#include "readiness/comparedialog.h"
#include "readiness/criteriadialog.h"
#include "readiness/judgementdialog.h"
#include "readiness/readinesspage.h"
#include "services/readinessservice.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QButtonGroup>
#include <QChart>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineSeries>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPolarChart>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

using namespace UiTestSupport;

// The readiness page driven as a manager would: the evidence preview, a new assessment, scoring
// a judged criterion from the keyboard (a missing justification refused in the dialog), the
// criteria dialog, sign-off (frozen afterwards), comparison, a viewer's read-only view, and a
// language switch that re-translates the table, the verdict and the radar chart.
class TestReadinessPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static bool waitForEvaluation(ReadinessPage &page)
    {
        QSignalSpy spy(&page, &ReadinessPage::evaluated);
        if (!page.isComputing() && page.evaluation())
            return true;
        return spy.wait(60000) || page.evaluation() != nullptr;
    }

    // Runs fn on the next modal dialog as soon as it is shown.
    template<typename Fn>
    static void onModal(Fn fn)
    {
        QTimer::singleShot(0, qApp, [fn] {
            QWidget *modal = nullptr;
            for (int i = 0; i < 200 && !modal; ++i) {
                modal = QApplication::activeModalWidget();
                if (!modal)
                    QTest::qWait(20);
            }
            QVERIFY(modal);
            fn(modal);
        });
    }

    static int rowOf(const ReadinessPage &page, const QString &code)
    {
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            if (page.model()->result(row)->criterion.code == code)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    }
    void cleanup() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void managerAssessesScoresAndSignsOff()
    {
        auto session = demoSessionAs(m_dir, QStringLiteral("manager.db"), QStringLiteral("manager"));
        QVERIFY(session);
        ReadinessPage page;
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1500, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setSession(session.get());
        QVERIFY(waitForEvaluation(page));

        // The preview: every default criterion, computed evidence, nothing to score yet.
        QCOMPARE(page.model()->rowCount(), 16);
        QCOMPARE(page.assessments()->currentData().toLongLong(), 0);
        QVERIFY(!page.scoreButton()->isEnabled());
        QVERIFY(!page.signButton()->isEnabled());
        QVERIFY(page.newButton()->isEnabled());
        QCOMPARE(page.criteriaButton()->text(), QStringLiteral("C&riteria…")); // managers edit them
        const int effect = rowOf(page, QStringLiteral("EFFECT"));
        QVERIFY(effect >= 0);
        QVERIFY(page.model()->result(effect)->measure);
        QVERIFY(page.model()->index(effect, ReadinessModel::MeasureColumn).data().toString().endsWith(u'%'));
        QVERIFY(!page.verdictView()->text().isEmpty());
        QVERIFY(!page.radar()->isEmpty());

        // A new assessment through its button and the title dialog.
        onModal([](QWidget *modal) {
            auto *dialog = qobject_cast<QInputDialog *>(modal);
            QVERIFY(dialog);
            dialog->setTextValue(QStringLiteral("Mid-term review 2026"));
            dialog->accept();
        });
        QTest::mouseClick(page.newButton(), Qt::LeftButton);
        QVERIFY(waitForEvaluation(page));
        auto a = page.currentAssessment();
        QVERIFY(a);
        QCOMPARE(a->title, QStringLiteral("Mid-term review 2026"));
        QVERIFY(page.assessments()->currentText().contains(QStringLiteral("draft")));

        // Score the first judged criterion from the keyboard; without a justification the dialog
        // refuses and keeps the choice.
        const int problem = rowOf(page, QStringLiteral("PROBLEM"));
        page.view()->setFocus();
        page.view()->setCurrentIndex(page.model()->index(problem, ReadinessModel::CriterionColumn));
        QVERIFY(page.scoreButton()->isEnabled());
        bool refusedShown = false;
        onModal([&refusedShown](QWidget *modal) {
            auto *dialog = qobject_cast<JudgementDialog *>(modal);
            QVERIFY(dialog);
            QTest::mouseClick(dialog->scores()->button(2), Qt::LeftButton);
            auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            QTest::mouseClick(save, Qt::LeftButton);
            QVERIFY(dialog->isVisible()); // refused: no justification
            const auto errors = dialog->findChildren<QLabel *>();
            for (QLabel *l : errors)
                refusedShown = refusedShown || (l->isVisible() && l->text().contains(QStringLiteral("justification")));
            QCOMPARE(dialog->score(), 2);
            dialog->justificationEdit()->setFocus();
            QTest::keyClicks(dialog->justificationEdit(), QStringLiteral("Named in the county plan"));
            QTest::mouseClick(dialog->scores()->button(4), Qt::LeftButton);
            QTest::mouseClick(save, Qt::LeftButton);
        });
        QTest::keyClick(page.view(), Qt::Key_Return);
        QVERIFY(refusedShown);
        QVERIFY(waitForEvaluation(page));
        QCOMPARE(page.model()->result(rowOf(page, QStringLiteral("PROBLEM")))->score, 4);
        QCOMPARE(page.model()->index(rowOf(page, QStringLiteral("PROBLEM")), ReadinessModel::NoteColumn).data().toString(),
                 QStringLiteral("Named in the county plan"));
        a = page.currentAssessment();
        QCOMPARE(a->judgements.size(), 1);

        // Sign-off is refused while judged criteria are unscored.
        auto early = page.signOff();
        QVERIFY(!early);
        QVERIFY(early.error().contains(QStringLiteral("Not yet scored")));

        for (int row = 0; row < page.model()->rowCount(); ++row) {
            const Readiness::CriterionResult *r = page.model()->result(row);
            if (r->criterion.judged() && !r->scored())
                QCOMPARE(page.judge(r->criterion.meta.id, 3, QStringLiteral("Agreed with the county")), QString());
        }
        QVERIFY(page.evaluation()->missing.isEmpty() || page.evaluation()->verdict != Readiness::Verdict::Ready);
        const QString verdictBefore = Readiness::verdictLabel(page.evaluation()->verdict);

        // Sign off through the button and its confirmation.
        onModal([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QVERIFY(page.signButton()->isEnabled());
        QTest::mouseClick(page.signButton(), Qt::LeftButton);
        QVERIFY(waitForEvaluation(page));
        a = page.currentAssessment();
        QVERIFY(a && a->isSigned);
        QVERIFY(page.assessments()->currentText().contains(QStringLiteral("signed off")));
        QVERIFY(page.assessments()->currentText().contains(verdictBefore));
        QVERIFY(!page.scoreButton()->isEnabled());
        QVERIFY(!page.signButton()->isEnabled());
        QVERIFY(!page.deleteButton()->isEnabled());
        QVERIFY(page.statusLabel()->text().contains(QStringLiteral("frozen")));

        // Criteria and data changing afterwards leave the signed assessment as it was.
        const QString snapshot = a->snapshot;
        ReadinessService service(session->database(), session->actor());
        QList<ReadinessCriterion> criteria = service.criteria(session->programmeId());
        for (ReadinessCriterion &c : criteria) {
            if (c.code == QStringLiteral("EFFECT"))
                c.strong = c.adequate = c.weak = 100;
        }
        QVERIFY(service.saveCriteria(session->programmeId(), criteria));
        session->notify(Session::Entity::Data);
        QVERIFY(waitForEvaluation(page));
        QCOMPARE(page.currentAssessment()->snapshot, snapshot);
        QCOMPARE(*page.model()->result(rowOf(page, QStringLiteral("EFFECT")))->criterion.strong, 75.0);
        QCOMPARE(Readiness::verdictLabel(page.evaluation()->verdict), verdictBefore);

        // A second assessment, then the two compared side by side.
        QVERIFY(page.newAssessment(QStringLiteral("Endline review")));
        QVERIFY(waitForEvaluation(page));
        QVERIFY(page.compareButton()->isEnabled());
        QStringList verdicts;
        onModal([&verdicts](QWidget *modal) {
            auto *dialog = qobject_cast<CompareDialog *>(modal);
            QVERIFY(dialog);
            QCOMPARE(dialog->radar()->series().size(), 2);
            // The verdict, ten domains and sixteen criteria.
            QCOMPARE(dialog->table()->rowCount(), 1 + 10 + 16);
            verdicts = {dialog->table()->item(0, 1)->text(), dialog->table()->item(0, 2)->text()};
            dialog->reject();
        });
        QTest::mouseClick(page.compareButton(), Qt::LeftButton);
        // The older (signed) assessment first, the new draft second, each with its own verdict.
        QCOMPARE(verdicts.value(0), verdictBefore);
        QCOMPARE(verdicts.value(1), Readiness::verdictLabel(page.evaluationOf(page.currentAssessment()->meta.id)->verdict));

        // Criteria: a bad threshold is refused in the dialog; a good one saved.
        onModal([](QWidget *modal) {
            auto *dialog = qobject_cast<CriteriaDialog *>(modal);
            QVERIFY(dialog);
            QTableWidget *table = dialog->table();
            int row = -1;
            for (int r = 0; r < table->rowCount(); ++r) {
                if (table->item(r, CriteriaDialog::CodeColumn)->text() == QStringLiteral("COVERAGE"))
                    row = r;
            }
            QVERIFY(row >= 0);
            table->item(row, CriteriaDialog::StrongColumn)->setText(QStringLiteral("lots"));
            auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            QTest::mouseClick(save, Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            table->item(row, CriteriaDialog::StrongColumn)->setText(QStringLiteral("95"));
            table->item(row, CriteriaDialog::AdequateColumn)->setText(QStringLiteral("90"));
            QTest::mouseClick(save, Qt::LeftButton);
            QVERIFY(!dialog->isVisible());
        });
        QTest::mouseClick(page.criteriaButton(), Qt::LeftButton);
        QVERIFY(waitForEvaluation(page));
        const auto coverage = page.model()->result(rowOf(page, QStringLiteral("COVERAGE")));
        QCOMPARE(*coverage->criterion.strong, 95.0);
        QCOMPARE(*coverage->criterion.adequate, 90.0);

        // The preview stays chosen when the data change.
        page.selectAssessment(0);
        QVERIFY(waitForEvaluation(page));
        session->notify(Session::Entity::Data);
        QVERIFY(waitForEvaluation(page));
        QCOMPARE(page.assessments()->currentData().toLongLong(), 0);
        QVERIFY(!page.currentAssessment());

        // The evidence brief of the signed assessment, in Chinese while the window is English.
        page.selectAssessment(a->meta.id);
        QVERIFY(waitForEvaluation(page));
        const QString pdf = m_dir.filePath(QStringLiteral("brief.pdf"));
        auto written = page.writeBrief(QStringLiteral("zh_CN"), pdf);
        QVERIFY2(written, qPrintable(written.error()));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(extracted.contains(QStringLiteral("证据简报")), qPrintable(extracted.left(400)));
        QVERIFY(extracted.contains(QStringLiteral("Mid-term review 2026")));
        QCOMPARE(LanguageManager::instance()->language(), QStringLiteral("en"));
        QTRY_COMPARE(page.newButton()->text(), QStringLiteral("&New assessment…"));
        // A folder that does not exist: refused, nothing written.
        auto refused = page.writeBrief(QStringLiteral("en"), m_dir.filePath(QStringLiteral("missing/brief.pdf")));
        QVERIFY(!refused);
        QVERIFY(!refused.error().isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing/brief.pdf"))));

        page.setSession(nullptr);
    }

    void languageSwitchRetranslatesEverything()
    {
        auto session = demoSessionAs(m_dir, QStringLiteral("language.db"), QStringLiteral("manager"));
        QVERIFY(session);
        ReadinessPage page;
        page.resize(1500, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setSession(session.get());
        QVERIFY(waitForEvaluation(page));
        const QString verdict = page.verdictView()->text();
        const QString header = page.model()->headerData(ReadinessModel::DomainColumn, Qt::Horizontal).toString();
        const QString domain = page.model()->index(0, ReadinessModel::DomainColumn).data().toString();
        const QString radarTitle = page.radar()->chart()->title();
        const QString button = page.newButton()->text();
        QCOMPARE(header, QStringLiteral("Domain"));

        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN")));
        QCoreApplication::processEvents();
        QCOMPARE(page.model()->headerData(ReadinessModel::DomainColumn, Qt::Horizontal).toString(), QStringLiteral("领域"));
        QVERIFY(page.model()->index(0, ReadinessModel::DomainColumn).data().toString() != domain);
        QVERIFY(page.verdictView()->text() != verdict);
        QVERIFY(page.radar()->chart()->title() != radarTitle);
        QVERIFY(page.newButton()->text() != button);
        const QString verdictZh = Readiness::verdictLabel(page.evaluation()->verdict);
        QVERIFY(page.verdictView()->text().contains(verdictZh));

        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        QCoreApplication::processEvents();
        QCOMPARE(page.verdictView()->text(), verdict);
        QCOMPARE(page.radar()->chart()->title(), radarTitle);
        page.setSession(nullptr);
    }

    // A domain without a score breaks the line; nothing is drawn at the centre as if it were 0.
    void radarBreaksAtUnscoredDomains()
    {
        RadarChart radar;
        QList<std::optional<double>> scores(10, 3.0);
        radar.setSeries({{QStringLiteral("All"), scores}});
        auto lines = radar.chart()->series();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(qobject_cast<QLineSeries *>(lines.first())->count(), 11); // closed
        scores[0] = std::nullopt; // the first spoke
        scores[4] = std::nullopt;
        radar.setSeries({{QStringLiteral("Gaps"), scores}});
        lines = radar.chart()->series();
        QCOMPARE(lines.size(), 2); // domains 1–3 and 5–9
        int points = 0;
        for (QAbstractSeries *s : lines) {
            for (const QPointF &p : qobject_cast<QLineSeries *>(s)->points()) {
                QVERIFY(p.y() > 0);
                QVERIFY(p.x() != 0 && p.x() != 4);
                ++points;
            }
        }
        QCOMPARE(points, 8);
        // A run across the first spoke is drawn as two parts meeting there.
        scores = QList<std::optional<double>>(10, 2.0);
        scores[5] = std::nullopt;
        radar.setSeries({{QStringLiteral("Wrap"), scores}});
        lines = radar.chart()->series();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(radar.table().size(), 11);
        QCOMPARE(radar.table().at(6).at(1), QStringLiteral("no score"));
    }

    // "Use the default criteria" puts the library back in the table; criteria already stored
    // under a default code keep their identity (and so the judgements made on them).
    void criteriaDialogRestoresTheDefaults()
    {
        auto session = demoSessionAs(m_dir, QStringLiteral("defaults.db"), QStringLiteral("manager"));
        QVERIFY(session);
        ReadinessService service(session->database(), session->actor());
        QVERIFY(service.createAssessment(session->programmeId(), QStringLiteral("Stores the defaults")));
        const QList<ReadinessCriterion> stored = service.criteria(session->programmeId());
        CriteriaDialog dialog(session.get());
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 16);
        table->setCurrentCell(0, CriteriaDialog::CodeColumn);
        QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 15);
        QTest::mouseClick(dialog.defaultsButton(), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 16);
        QString error;
        const QList<ReadinessCriterion> shown = dialog.criteria(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(shown.size(), stored.size());
        for (int i = 0; i < shown.size(); ++i) {
            QCOMPARE(shown[i].code, stored[i].code);
            QCOMPARE(shown[i].meta.id, stored[i].meta.id);
        }
        QVERIFY(dialog.save());
        QCOMPARE(service.criteria(session->programmeId()).size(), 16);
    }

    void viewersReadOnly()
    {
        auto session = demoSessionAs(m_dir, QStringLiteral("viewer.db"), QStringLiteral("viewer"));
        QVERIFY(session);
        ReadinessPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setSession(session.get());
        QVERIFY(waitForEvaluation(page));
        QCOMPARE(page.model()->rowCount(), 16);
        QVERIFY(!page.newButton()->isEnabled());
        QVERIFY(!page.signButton()->isEnabled());
        QVERIFY(page.criteriaButton()->isEnabled()); // to read them
        QVERIFY(!page.newAssessment(QStringLiteral("Not allowed")));
        QCOMPARE(page.criteriaButton()->text(), QStringLiteral("C&riteria")); // to read, not to edit
        CriteriaDialog dialog(session.get());
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
        QVERIFY(!dialog.addButton()->isEnabled());
        QVERIFY(!dialog.save());
        page.setSession(nullptr);
    }
};

QTEST_MAIN(TestReadinessPage)
#include "tst_readinesspage.moc"
