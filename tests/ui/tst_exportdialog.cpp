// The export dialog and the DHIS2 codes dialog, offscreen: pick a format, export to a file
// off the GUI thread, preset a selection, edit codes through the service, and re-translate
// on a language change.
#include "io/dhis2mappingdialog.h"
#include "io/exportdialog.h"
#include "services/dhis2mappingservice.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTranslator>

using namespace UiTestSupport;

namespace {
// Marks every string of the two dialogs, as a stand-in for a real translation.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        const QByteArray c(context);
        if (c == "ExportDialog" || c == "Dhis2MappingDialog" || c == "DataExport")
            return QStringLiteral("译:") + QString::fromUtf8(sourceText);
        return {};
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class TestExportDialog final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;

private slots:
    void initTestCase()
    {
        m_session = demoSession(m_dir);
        QVERIFY(m_session);
        QVERIFY(m_session->programmeId() != 0 || !m_session->programmes().programmes().isEmpty());
        if (m_session->programmeId() == 0)
            m_session->setProgrammeId(m_session->programmes().programmes().first().meta.id);
    }

    void exportsToAFile()
    {
        ExportDialog dialog(m_session.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("format"));
        QVERIFY(format);
        // Pick "DHIS2 data value set (JSON)" with the keyboard.
        format->setFocus();
        QTest::keyClick(format, Qt::Key_Home);
        QTest::keyClick(format, Qt::Key_Down);
        QTest::keyClick(format, Qt::Key_Down);
        QCOMPARE(format->currentData().toString(), QStringLiteral("dhis2-json"));
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("bom"))->isEnabled());
        auto *sites = dialog.findChild<QListWidget *>(QStringLiteral("sites"));
        QVERIFY(sites && sites->count() > 1);
        sites->item(0)->setCheckState(Qt::Checked);
        const QString path = m_dir.filePath(QStringLiteral("out.json"));
        auto *pathEdit = dialog.findChild<QLineEdit *>(QStringLiteral("path"));
        QTest::keyClicks(pathEdit, path);
        QSignalSpy finished(&dialog, &ExportDialog::finished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("export")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(QFile::exists(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray values = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("dataValues")).toArray();
        QVERIFY(!values.isEmpty());
        const QString firstSite = sites->item(0)->text().section(QStringLiteral(" – "), 0, 0);
        for (const QJsonValue &v : values)
            QCOMPARE(v.toObject().value(QStringLiteral("orgUnit")).toString(), firstSite); // no mapping: the site code
        auto *result = dialog.findChild<QLabel *>(QStringLiteral("result"));
        QVERIFY2(result->text().contains(QStringLiteral("out.json")), qPrintable(result->text()));
        QCOMPARE(dialog.findChild<QProgressBar *>(QStringLiteral("progress"))->value(), 100);
    }

    void badFileShowsTheError()
    {
        ExportDialog dialog(m_session.get());
        dialog.setPath(m_dir.filePath(QStringLiteral("no/such/folder/out.csv")));
        QSignalSpy finished(&dialog, &ExportDialog::finished);
        dialog.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().first().toBool(), false);
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY2(error->text().contains(QStringLiteral("out.csv")), qPrintable(error->text()));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("no/such/folder/out.csv"))));
    }

    void presetSelection()
    {
        const auto sites = m_session->sites().sites(m_session->programmeId());
        const auto indicators = m_session->indicators().indicators(m_session->programmeId());
        DataSelection s;
        s.programmeId = m_session->programmeId();
        s.siteIds = {sites.at(1).meta.id};
        s.indicatorIds = {indicators.at(0).meta.id, indicators.at(2).meta.id};
        s.from = QStringLiteral("2024Q1");
        s.statuses = {QStringLiteral("approved")};
        ExportDialog dialog(m_session.get(), s);
        const DataSelection got = dialog.selection();
        QCOMPARE(got.programmeId, s.programmeId);
        QCOMPARE(got.siteIds, s.siteIds);
        QCOMPARE(got.indicatorIds, s.indicatorIds);
        QCOMPARE(got.from, s.from);
        QCOMPARE(got.to, QString());
        QCOMPARE(got.statuses, s.statuses);
        QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("status_approved"))->isChecked());
    }

    void retranslates()
    {
        ExportDialog dialog(m_session.get());
        Dhis2MappingDialog codes(m_session.get());
        const QString title = dialog.windowTitle();
        auto *exportButton = dialog.findChild<QPushButton *>(QStringLiteral("export"));
        QCOMPARE(exportButton->text(), QStringLiteral("&Export"));
        MarkingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("译:") + title);
        QCOMPARE(exportButton->text(), QStringLiteral("译:&Export"));
        QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("format"))->itemText(0).startsWith(QStringLiteral("译:")));
        QVERIFY(codes.windowTitle().startsWith(QStringLiteral("译:")));
        QVERIFY(codes.table(Dhis2Kind::Site)->horizontalHeaderItem(2)->text().startsWith(QStringLiteral("译:")));
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(dialog.windowTitle(), title);
    }

    void mappingDialogSavesThroughTheService()
    {
        Dhis2MappingDialog dialog(m_session.get());
        dialog.show();
        QTableWidget *sites = dialog.table(Dhis2Kind::Site);
        QVERIFY(sites->rowCount() > 1);
        sites->item(0, 2)->setText(QStringLiteral("OuFirst0001"));
        sites->item(1, 2)->setText(QStringLiteral("Ou With Space"));
        QVERIFY(!dialog.save());
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY2(error->text().contains(QStringLiteral("space")), qPrintable(error->text()));
        QVERIFY2(error->text().contains(QStringLiteral("Nothing was saved")), qPrintable(error->text()));
        QCOMPARE(sites->item(0, 2)->text(), QStringLiteral("OuFirst0001")); // both kept as typed
        QCOMPARE(sites->item(1, 2)->text(), QStringLiteral("Ou With Space"));
        Dhis2MappingService service(m_session->database(), m_session->actor());
        auto stored = service.mappings(m_session->programmeId(), Dhis2Kind::Site);
        QCOMPARE(stored.size(), 0); // all or nothing: the good row waits for the bad one
        // Fixed, both are saved.
        sites->item(1, 2)->setText(QStringLiteral("OuSecond002"));
        QVERIFY(dialog.save());
        QCOMPARE(service.mappings(m_session->programmeId(), Dhis2Kind::Site).size(), 2);
        // Emptying one removes its mapping.
        sites = dialog.table(Dhis2Kind::Site);
        int first = -1;
        for (int r = 0; r < sites->rowCount(); ++r)
            if (sites->item(r, 2) && sites->item(r, 2)->text() == QStringLiteral("OuFirst0001"))
                first = r;
        QVERIFY(first >= 0);
        sites->item(first, 2)->setText(QString());
        QVERIFY(dialog.save());
        stored = service.mappings(m_session->programmeId(), Dhis2Kind::Site);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().remote, QStringLiteral("OuSecond002"));
        // A period mapping typed into a new row.
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addPeriod")), Qt::LeftButton);
        QTableWidget *periods = dialog.table(Dhis2Kind::Period);
        QCOMPARE(periods->rowCount(), 1);
        periods->item(0, 0)->setText(QStringLiteral("2024Q1"));
        periods->item(0, 2)->setText(QStringLiteral("2024Q1X"));
        QVERIFY(dialog.save());
        QCOMPARE(service.mappings(m_session->programmeId(), Dhis2Kind::Period).size(), 1);
        QCOMPARE(dialog.table(Dhis2Kind::Period)->rowCount(), 1);
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
