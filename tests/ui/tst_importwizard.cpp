// The import wizard offscreen, driven with keys and clicks: a GB18030 file from Chinese Excel
// in the wide layout is recognised, previewed, mapped from its Chinese headers, checked (bad
// rows listed with row, column and reason; rejected rows saved), imported, and imported again
// without change; an encoding chosen by hand shows in the preview; saved mappings come back;
// stopping a check writes nothing; a language switch re-translates the wizard.
#include "io/importwizard.h"
#include "shell/languagemanager.h"
#include "shell/session.h"
#include "storage/datavaluerepository.h"
#include "storage/indicatorrepository.h"
#include "storage/siterepository.h"
#include "storage/sqlitestatement.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStringEncoder>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class TestImportWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    QList<Site> m_sites;
    QString m_ancZh; // the ANC4 indicator's Chinese name, a wide file's column header
    int m_n = 0;

    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("file%1.csv").arg(++m_n));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }

    // The wide file Chinese Excel saves: GB18030, Chinese headers, site names in Chinese.
    QString chineseFile()
    {
        const QString text = QStringLiteral("站点,月份,%3 分子,%3（分母）,备注\r\n"
                                            "%1,2019年3月,40,50,已核实\r\n"
                                            "%2,2019/4,31,40,\r\n"
                                            "无此站点,2019-05,7,8,\r\n"
                                            "%2,2019-05,9,8,\r\n")
                                 .arg(m_sites[0].nameZh, m_sites[1].code, m_ancZh);
        QStringEncoder gbk("GB18030");
        return write(gbk.encode(text));
    }

    qint64 scalar(const char *sql)
    {
        SqliteStatement s(m_session->database().handle(), sql);
        return s.next() ? s.int64(0) : -1;
    }

    static void click(QWizard &wizard, QWizard::WizardButton which)
    {
        QAbstractButton *b = wizard.button(which);
        QVERIFY(b->isEnabled());
        QTest::mouseClick(b, Qt::LeftButton);
    }

    static bool waitFor(QSignalSpy &spy) { return spy.count() > 0 || spy.wait(30000); }

    static void typeFile(ImportWizard &wizard, const QString &path)
    {
        auto *edit = wizard.findChild<QLineEdit *>(QStringLiteral("path"));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, QDir::toNativeSeparators(path));
        QTest::keyClick(edit, Qt::Key_Tab); // leaving the field reads the file
    }

private slots:
    void initTestCase()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        m_session = UiTestSupport::demoSessionAs(m_dir, QStringLiteral("demo.db"), QStringLiteral("manager"));
        QVERIFY(m_session);
        m_session->setProgrammeId(m_session->programmes().programmes().first().meta.id);
        m_sites = SiteRepository(m_session->database()).all(m_session->programmeId());
        QVERIFY(m_sites.size() >= 2);
        QVERIFY(!m_sites[0].nameZh.isEmpty());
        const auto anc = IndicatorRepository(m_session->database()).findByCode(m_session->programmeId(), QStringLiteral("ANC4"));
        QVERIFY(anc);
        m_ancZh = anc->nameZh;
        QVERIFY(!m_ancZh.isEmpty());
    }

    void cleanup() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void importsAChineseExcelFile()
    {
        const QString path = chineseFile();
        const qint64 valuesBefore = scalar("SELECT count(*) FROM data_value");
        ImportWizard wizard(m_session.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        typeFile(wizard, path);

        // The preview reads GB18030 correctly and says so.
        auto *preview = wizard.findChild<QTableWidget *>(QStringLiteral("preview"));
        QCOMPARE(preview->columnCount(), 5);
        QCOMPARE(preview->horizontalHeaderItem(0)->text(), QStringLiteral("站点"));
        QCOMPARE(preview->rowCount(), 4);
        QCOMPARE(preview->item(0, 0)->text(), m_sites[0].nameZh);
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("detected"))->text().contains(QStringLiteral("GB18030")));

        // Columns: recognised from the Chinese headers, wide layout, periods converted.
        click(wizard, QWizard::NextButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::ColumnsPage));
        QVERIFY(wizard.findChild<QRadioButton *>(QStringLiteral("wide"))->isChecked());
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("field_site"))->currentText(), QStringLiteral("站点"));
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("field_period"))->currentText(), QStringLiteral("月份"));
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("field_comment"))->currentText(), QStringLiteral("备注"));
        const ImportMapping mapping = wizard.mapping();
        QCOMPARE(mapping.wide.size(), 2);
        QCOMPARE(mapping.wide[0].indicator, QStringLiteral("ANC4"));
        QCOMPARE(mapping.wide[0].part, ImportMapping::Part::Numerator);
        auto *converted = wizard.findChild<QTableWidget *>(QStringLiteral("mappingPreview"));
        QCOMPARE(converted->rowCount(), 4);
        QCOMPARE(converted->item(0, 3)->text(), QStringLiteral("2019年3月 → 201903"));
        QCOMPARE(converted->item(1, 3)->text(), QStringLiteral("2019/4 → 201904"));

        // The check: two good rows, a site nobody knows, a numerator above its denominator.
        QSignalSpy checked(&wizard, &ImportWizard::checkFinished);
        click(wizard, QWizard::NextButton);
        QVERIFY(waitFor(checked));
        QCOMPARE(wizard.report().inserted, 2);
        QCOMPARE(wizard.report().rejectedValues, 2);
        QCOMPARE(scalar("SELECT count(*) FROM data_value"), valuesBefore); // nothing written yet
        auto *problems = wizard.findChild<QTableView *>(QStringLiteral("problems"));
        QCOMPARE(problems->model()->rowCount(), 2);
        QCOMPARE(problems->model()->index(0, 0).data().toString(), QStringLiteral("4"));
        QCOMPARE(problems->model()->index(0, 1).data().toString(), QStringLiteral("站点"));
        QVERIFY(problems->model()->index(0, 2).data().toString().contains(QStringLiteral("无此站点")));
        QCOMPARE(problems->model()->index(1, 0).data().toString(), QStringLiteral("5"));
        QVERIFY(problems->model()->index(1, 2).data().toString().contains(QStringLiteral("larger than the denominator")));
        QVERIFY(wizard.findChild<QPushButton *>(QStringLiteral("saveRejected"))->isEnabled());
        QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("&Import"));

        // Import.
        QSignalSpy imported(&wizard, &ImportWizard::importFinished);
        QSignalSpy dataChanged(m_session.get(), &Session::changed);
        click(wizard, QWizard::NextButton);
        QVERIFY(waitFor(imported));
        QCOMPARE(wizard.report().inserted, 2);
        QVERIFY(wizard.report().applied);
        QCOMPARE(scalar("SELECT count(*) FROM data_value"), valuesBefore + 2);
        QVERIFY(dataChanged.count() >= 1); // the pages reload
        const auto anc = IndicatorRepository(m_session->database()).findByCode(m_session->programmeId(), QStringLiteral("ANC4"));
        const auto stored = DataValueRepository(m_session->database()).find(m_sites[0].meta.id, anc->meta.id, Period::month(2019, 3), 0);
        QVERIFY(stored);
        QCOMPARE(stored->numerator, std::optional<double>(40));
        QCOMPARE(stored->comment, QStringLiteral("已核实"));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("resultSummary"))->text().contains(QStringLiteral("2 new")));
        click(wizard, QWizard::FinishButton);

        // The same file again: nothing new, and the wizard will not import nothing.
        ImportWizard again(m_session.get());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        typeFile(again, path);
        click(again, QWizard::NextButton);
        QSignalSpy rechecked(&again, &ImportWizard::checkFinished);
        click(again, QWizard::NextButton);
        QVERIFY(waitFor(rechecked));
        QCOMPARE(again.report().unchanged, 2);
        QCOMPARE(again.report().inserted + again.report().updated, 0);
        QVERIFY(!again.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(scalar("SELECT count(*) FROM data_value"), valuesBefore + 2);
    }

    void aChosenEncodingShowsInThePreview()
    {
        const QString path = chineseFile();
        ImportWizard wizard(m_session.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        typeFile(wizard, path);
        auto *preview = wizard.findChild<QTableWidget *>(QStringLiteral("preview"));
        QCOMPARE(preview->horizontalHeaderItem(0)->text(), QStringLiteral("站点"));
        // Forced to UTF-8, the GBK bytes are refused with a message that says what to do.
        auto *encoding = wizard.findChild<QComboBox *>(QStringLiteral("encoding"));
        auto *detected = wizard.findChild<QLabel *>(QStringLiteral("detected"));
        encoding->setFocus();
        QTest::keyClick(encoding, Qt::Key_Down); // Detect → UTF-8
        QCOMPARE(encoding->currentIndex(), 1);
        QVERIFY2(detected->text().contains(QStringLiteral("not valid UTF-8")), qPrintable(detected->text()));
        QVERIFY2(detected->text().contains(QStringLiteral("choose the file's encoding")), qPrintable(detected->text()));
        QTest::keyClick(encoding, Qt::Key_Down); // → GB18030
        QCOMPARE(preview->horizontalHeaderItem(0)->text(), QStringLiteral("站点"));

        // A UTF-8 file read as GB18030 decodes, but garbled: the preview shows it at once.
        typeFile(wizard, write(QStringLiteral("站点,月份\n%1,2019-01\n").arg(m_sites[0].nameZh).toUtf8()));
        QCOMPARE(encoding->currentIndex(), 2);
        QVERIFY(preview->horizontalHeaderItem(0)->text() != QStringLiteral("站点"));
        QVERIFY(preview->item(0, 0)->text() != m_sites[0].nameZh);
        encoding->setFocus();
        QTest::keyClick(encoding, Qt::Key_Home); // back to detection
        QCOMPARE(preview->horizontalHeaderItem(0)->text(), QStringLiteral("站点"));
        QCOMPARE(preview->item(0, 0)->text(), m_sites[0].nameZh);
    }

    void thePreviewConvertsPeriodsByFrequency()
    {
        // STUNT is reported quarterly, ANC4 monthly: one month, two readings.
        const QString path = write(QByteArrayLiteral("site,indicator,period,numerator,denominator\n") + m_sites[0].code.toUtf8() +
                                   QByteArrayLiteral(",STUNT,2019-05,3,40\n") + m_sites[0].code.toUtf8() +
                                   QByteArrayLiteral(",ANC4,2019-05,30,40\n"));
        ImportWizard wizard(m_session.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        typeFile(wizard, path);
        click(wizard, QWizard::NextButton);
        auto *converted = wizard.findChild<QTableWidget *>(QStringLiteral("mappingPreview"));
        QCOMPARE(converted->rowCount(), 2);
        QCOMPARE(converted->item(0, 3)->text(), QStringLiteral("2019-05 → 2019Q2"));
        QCOMPARE(converted->item(1, 3)->text(), QStringLiteral("2019-05 → 201905"));
    }

    void aMissingFileIsRefusedOnTheFirstPage()
    {
        ImportWizard wizard(m_session.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        typeFile(wizard, m_dir.filePath(QStringLiteral("no-such-file.csv")));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("detected"))->text().contains(QStringLiteral("no-such-file.csv")));
        QTimer::singleShot(0, this, [] {
            // The warning names the file; close it.
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                QVERIFY(box->text().contains(QStringLiteral("no-such-file.csv")));
                box->accept();
            }
        });
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    }

    void savedMappingsComeBack()
    {
        // A long file with headers nobody would guess, mapped by hand and saved.
        const QString path = write(QByteArrayLiteral("Where,What,When,N,D\n") + m_sites[1].code.toUtf8() +
                                   QByteArrayLiteral(",ANC4,2018-01,3,4\n"));
        ImportWizard wizard(m_session.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        typeFile(wizard, path);
        click(wizard, QWizard::NextButton);
        auto pick = [&](const char *field, int index) {
            auto *combo = wizard.findChild<QComboBox *>(QStringLiteral("field_") + QLatin1StringView(field));
            combo->setFocus();
            QTest::keyClick(combo, Qt::Key_Home);
            for (int i = 0; i < index; ++i)
                QTest::keyClick(combo, Qt::Key_Down);
            QCOMPARE(combo->currentIndex(), index);
        };
        QVERIFY(!wizard.findChild<QLabel *>(QStringLiteral("mappingProblem"))->text().isEmpty());
        pick("site", 1);
        pick("indicator", 2);
        pick("period", 3);
        pick("numerator", 4);
        pick("denominator", 5);
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("mappingProblem"))->text().isEmpty());
        QVERIFY(ImportMappingStore(m_session->database())
                    .save(m_session->programmeId(), QStringLiteral("data"), QStringLiteral("Clinic sheet"),
                          wizard.mapping().toJson(), m_session->actor().userId)
                    .ok());

        ImportWizard next(m_session.get());
        next.show();
        QVERIFY(QTest::qWaitForWindowExposed(&next));
        typeFile(next, path);
        click(next, QWizard::NextButton);
        auto *saved = next.findChild<QComboBox *>(QStringLiteral("savedMappings"));
        const int at = saved->findText(QStringLiteral("Clinic sheet"));
        QVERIFY(at > 0);
        saved->setFocus();
        for (int i = 0; i < at; ++i)
            QTest::keyClick(saved, Qt::Key_Down);
        QCOMPARE(next.findChild<QComboBox *>(QStringLiteral("field_numerator"))->currentText(), QStringLiteral("N"));
        QCOMPARE(next.mapping(), wizard.mapping());
    }

    void stoppingTheCheckWritesNothing()
    {
        QByteArray big("site,indicator,period,option,value,numerator,denominator,comment\n");
        for (int y = 1990; y < 2019; ++y)
            for (int m = 1; m <= 12; ++m)
                for (const Site &s : std::as_const(m_sites))
                    big += s.code.toUtf8() + ",ANC4," + QByteArray::number(y * 100 + m) + ",,,1,2,\n";
        const QString path = write(big);
        const qint64 before = scalar("SELECT count(*) FROM data_value");
        ImportWizard wizard(m_session.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        typeFile(wizard, path);
        click(wizard, QWizard::NextButton);
        QSignalSpy checked(&wizard, &ImportWizard::checkFinished);
        click(wizard, QWizard::NextButton);
        QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("cancelCheck")), Qt::LeftButton);
        QVERIFY(waitFor(checked));
        const QString summary = wizard.findChild<QLabel *>(QStringLiteral("checkSummary"))->text();
        if (summary == DataImport::cancelledMessage())
            QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        else // the check was quicker than the click: it finished, and nothing is written until Import
            QVERIFY2(summary.contains(QStringLiteral("new")), qPrintable(summary));
        QCOMPARE(scalar("SELECT count(*) FROM data_value"), before);
    }

    void goingBackDuringACheckDropsIt()
    {
        QByteArray big("site,indicator,period,option,value,numerator,denominator,comment\n");
        for (int y = 1990; y < 2019; ++y)
            for (int m = 1; m <= 12; ++m)
                for (const Site &s : std::as_const(m_sites))
                    big += s.code.toUtf8() + ",ANC4," + QByteArray::number(y * 100 + m) + ",,,1,2,\n";
        const QString path = write(big);
        ImportWizard wizard(m_session.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        typeFile(wizard, path);
        click(wizard, QWizard::NextButton);
        click(wizard, QWizard::NextButton); // the check starts
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::ColumnsPage));
        // Without the comment column this time: the new check is the one reported.
        auto *comment = wizard.findChild<QComboBox *>(QStringLiteral("field_comment"));
        comment->setFocus();
        QTest::keyClick(comment, Qt::Key_Home);
        QCOMPARE(comment->currentIndex(), 0);
        QSignalSpy checked(&wizard, &ImportWizard::checkFinished);
        click(wizard, QWizard::NextButton);
        QVERIFY(waitFor(checked));
        QTRY_VERIFY(!wizard.isBusy());
        QVERIFY(wizard.report().values > 0);
        QCOMPARE(wizard.report().inserted + wizard.report().unchanged, wizard.report().values);
        QVERIFY(wizard.mapping().column(ImportMapping::Field::Comment).isEmpty());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled() == (wizard.report().inserted > 0));
    }

    void importsSitesAllOrNothing()
    {
        ImportWizard wizard(m_session.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *contents = wizard.findChild<QComboBox *>(QStringLiteral("contents"));
        contents->setFocus();
        QTest::keyClick(contents, Qt::Key_Down); // Data values → Sites
        QCOMPARE(wizard.contents(), ImportWizard::Contents::Sites);
        // A bad row (an unknown arm) holds back the good one: nothing is imported.
        const QString bad = write(QStringLiteral("代码,名称,arm,locality\nNEW-1,新点一,pilot,rural\nNEW-2,新点二,both,rural\n").toUtf8());
        typeFile(wizard, bad);
        click(wizard, QWizard::NextButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::ColumnsPage));
        QVERIFY(wizard.findChild<QWidget *>(QStringLiteral("metadataColumns"))->isVisible());
        QVERIFY(!wizard.findChild<QRadioButton *>(QStringLiteral("wide"))->isVisible());
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("meta_code"))->currentText(), QStringLiteral("代码"));
        QSignalSpy checked(&wizard, &ImportWizard::checkFinished);
        click(wizard, QWizard::NextButton);
        QVERIFY(waitFor(checked));
        QCOMPARE(wizard.report().inserted, 1);
        QCOMPARE(wizard.report().rejectedValues, 1);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // all or nothing
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("checkSummary"))->text().contains(QStringLiteral("all or nothing")));

        // Corrected, the file imports.
        const qint64 before = scalar("SELECT count(*) FROM site");
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
        typeFile(wizard, write(QStringLiteral("代码,名称,arm,locality\nNEW-1,新点一,pilot,rural\nNEW-2,新点二,comparison,urban\n").toUtf8()));
        click(wizard, QWizard::NextButton);
        QSignalSpy rechecked(&wizard, &ImportWizard::checkFinished);
        click(wizard, QWizard::NextButton);
        QVERIFY(waitFor(rechecked));
        QCOMPARE(wizard.report().inserted, 2);
        QSignalSpy imported(&wizard, &ImportWizard::importFinished);
        click(wizard, QWizard::NextButton);
        QVERIFY(waitFor(imported));
        QVERIFY(wizard.report().applied);
        QCOMPARE(scalar("SELECT count(*) FROM site"), before + 2);
    }

    void dhis2MetadataNeedsNoColumns()
    {
        const QString json = QStringLiteral(SCALEREADY_SOURCE_DIR "/../shared/contracts/dhis2/dhis2-core/data_element_and_dataset_with_catcombo.json");
        QVERIFY(QFileInfo::exists(json));
        ImportWizard wizard(m_session.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.setContents(ImportWizard::Contents::Dhis2);
        QVERIFY(wizard.findChild<QComboBox *>(QStringLiteral("dhis2Arm"))->isVisible());
        typeFile(wizard, json);
        QSignalSpy checked(&wizard, &ImportWizard::checkFinished);
        click(wizard, QWizard::NextButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage)); // straight to the check
        QVERIFY(waitFor(checked));
        QVERIFY2(wizard.report().records > 0, qPrintable(wizard.findChild<QLabel *>(QStringLiteral("checkSummary"))->text()));
    }

    void switchesLanguage()
    {
        ImportWizard wizard(m_session.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.windowTitle(), QStringLiteral("Import data"));
        QCOMPARE(wizard.page(ImportWizard::FilePage)->title(), QStringLiteral("Choose the file"));
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(wizard.windowTitle(), QStringLiteral("导入数据"));
        QCOMPARE(wizard.page(ImportWizard::FilePage)->title(), QStringLiteral("选择文件"));
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("encoding"))->itemText(0), QStringLiteral("自动识别"));
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
