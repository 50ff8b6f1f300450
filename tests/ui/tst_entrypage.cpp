#include "entry/entrypage.h"
#include "models/entrytablemodel.h"
#include "services/dataentryservice.h"
#include "services/reportservice.h"
#include "storage/datavaluerepository.h"
#include "storage/indicatorrepository.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QCheckBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>

using namespace UiTestSupport;

// The entry grid driven as a field officer and a manager drive it: keys, paste, undo, submit.
class TestEntryPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<EntryPage> m_page;
    const Period m_open = Period::containing(QDate::currentDate(), Period::Type::Monthly);

    EntryTableModel *model() const { return m_page->model(); }

    qint64 indicatorId(const QString &code) const
    {
        const auto i = IndicatorRepository(m_session->database()).findByCode(m_session->programmeId(), code);
        return i ? i->meta.id : 0;
    }

    // The grid cell of an indicator's line and option (0 = total).
    QModelIndex cell(const QString &code, EntryTableModel::Line line, qint64 optionId = 0) const
    {
        for (int r = 0; r < model()->rowCount(); ++r) {
            if (model()->indicatorOf(r) != indicatorId(code) || model()->lineOf(r) != line)
                continue;
            for (int c = 1; c < model()->columnCount(); ++c)
                if (model()->optionOf(c) == optionId)
                    return model()->index(r, c);
        }
        return {};
    }

    void clickCell(const QModelIndex &index)
    {
        EntryTableView *view = m_page->view();
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(view->currentIndex(), index);
    }

    std::optional<DataValue> stored(const QString &code, qint64 optionId = 0) const
    {
        const qint64 siteId = m_page->findChild<QComboBox *>(QStringLiteral("site"))->currentData().toLongLong();
        auto v = DataValueRepository(m_session->database()).find(siteId, indicatorId(code), m_open, optionId);
        return v && !v->meta.deleted ? v : std::nullopt;
    }

    // Lets the grid's queued save run.
    void settle()
    {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
    }

    // Keys as a person types them: the first opens the cell's editor, which then has the focus.
    void typeIntoGrid(const QString &text)
    {
        for (QChar c : text) {
            QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_page->view();
            QTest::keyClick(target, c.toLatin1());
        }
    }

    bool open(const QString &user = QStringLiteral("admin"))
    {
        if (!showPage(m_dir, QStringLiteral("entry%1.db").arg(++m_n), m_session, m_stack, m_page))
            return false;
        if (user != QLatin1StringView("admin")) {
            m_page->setSession(nullptr);
            const QString name = QFileInfo(m_session->database().path()).fileName();
            m_session.reset();
            m_session = demoSessionAs(m_dir, name, user);
            m_page->setSession(m_session.get());
        }
        return true;
    }

    // Fills the open month's form of a site with the site's own latest reported values (so that
    // sums, ranges and its history agree), explaining any outlier left: a form that submits.
    bool fillValidForm(qint64 siteId)
    {
        Database &db = m_session->database();
        DataEntryService entry(db, m_session->actor());
        QSet<qint64> done;
        for (Period source = Period::month(2026, 6); source >= Period::month(2025, 12); source = source.previous()) {
            QHash<qint64, QList<DataValue>> byIndicator;
            for (const DataValue &v : DataValueRepository(db).forSitePeriod(siteId, source))
                byIndicator[v.indicatorId].append(v);
            for (auto it = byIndicator.cbegin(); it != byIndicator.cend(); ++it) {
                if (done.contains(it.key()))
                    continue;
                done.insert(it.key());
                for (const DataValue &v : it.value())
                    if (!entry.saveCell(siteId, m_open, v.indicatorId, v.optionId, v.value, v.numerator, v.denominator))
                        return false;
            }
        }
        for (const EntryIssue &issue : entry.form(siteId, m_open).issues)
            if (issue.kind == EntryIssue::Kind::Outlier)
                entry.setNote(siteId, m_open, issue.indicatorId, issue.optionId, QStringLiteral("checked"), false);
        m_session->notify(Session::Entity::Data); // the page shows what was saved
        const EntryForm form = entry.form(siteId, m_open);
        for (const EntryIssue &issue : form.issues)
            if (issue.blocks())
                qWarning("still blocking: %s", qPrintable(issue.message));
        return form.blockingCount() == 0;
    }

private slots:
    void initTestCase() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }
    void cleanup() { closePage(m_session, m_stack, m_page); }

    void theGridHasTheIndicatorsOfThePeriodKind()
    {
        QVERIFY(open());
        QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_page->findChild<QComboBox *>(QStringLiteral("period"))->currentData().toString(), m_open.id());
        QVERIFY(model()->form().editable);
        // Monthly indicators only; a percentage has a numerator and a denominator line.
        QVERIFY(cell(QStringLiteral("ANC4"), EntryTableModel::Line::Numerator).isValid());
        QVERIFY(cell(QStringLiteral("ANC4"), EntryTableModel::Line::Denominator).isValid());
        QVERIFY(cell(QStringLiteral("HOMEVISIT"), EntryTableModel::Line::Numerator).isValid());
        QVERIFY(!cell(QStringLiteral("STUNT"), EntryTableModel::Line::Numerator).isValid()); // quarterly
        QVERIFY(cell(QStringLiteral("CASEMGMT"), EntryTableModel::Line::Value).isValid());
        // Group rows carry the outcome areas and take no value.
        QCOMPARE(model()->index(0, 0).data().toString(), Vocabulary::label(OutcomeArea::Health));
        QVERIFY(!(model()->flags(model()->index(0, 1)) & Qt::ItemIsEditable));
        // A disaggregation column of an indicator without disaggregation takes nothing.
        const QModelIndex anc = cell(QStringLiteral("ANC4"), EntryTableModel::Line::Numerator);
        QVERIFY(!(model()->flags(model()->index(anc.row(), 1)) & Qt::ItemIsEditable));
        QCOMPARE(model()->headerData(model()->columnCount() - 1, Qt::Horizontal).toString(), QStringLiteral("Target"));
    }

    void typingSavesAtOnceAndEnterMovesDown()
    {
        QVERIFY(open());
        const QModelIndex numerator = cell(QStringLiteral("ANC4"), EntryTableModel::Line::Numerator);
        clickCell(numerator);
        typeIntoGrid(QStringLiteral("40"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        settle();
        QCOMPARE(stored(QStringLiteral("ANC4"))->numerator, std::optional<double>(40));
        QVERIFY(!stored(QStringLiteral("ANC4"))->denominator);
        // A lone numerator is kept as a draft and shown as a problem.
        QVERIFY(model()->form().report.has_value());
        QCOMPARE(model()->form().report->status, DataStatus::Draft);
        QVERIFY(cell(QStringLiteral("ANC4"), EntryTableModel::Line::Numerator).data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("denominator too")));
        // Enter moved to the denominator; typing replaces and Tab moves on too.
        QCOMPARE(m_page->view()->currentIndex(), cell(QStringLiteral("ANC4"), EntryTableModel::Line::Denominator));
        typeIntoGrid(QStringLiteral("50"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        settle();
        QCOMPARE(stored(QStringLiteral("ANC4"))->denominator, std::optional<double>(50));
        const int rateColumn = model()->columnCount() - 3;
        QCOMPARE(model()->index(numerator.row(), rateColumn).data().toString(), QStringLiteral("80.0"));
        QVERIFY(!cell(QStringLiteral("ANC4"), EntryTableModel::Line::Numerator).data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("denominator too")));
    }

    void escapeRevertsTheCellBeingTyped()
    {
        QVERIFY(open());
        clickCell(cell(QStringLiteral("CASEMGMT"), EntryTableModel::Line::Value));
        typeIntoGrid(QStringLiteral("99"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        settle();
        QVERIFY(!stored(QStringLiteral("CASEMGMT")));
        QVERIFY(!model()->form().report.has_value());
    }

    void badInputIsRefusedOrShownRed()
    {
        QVERIFY(open());
        clickCell(cell(QStringLiteral("CASEMGMT"), EntryTableModel::Line::Value));
        typeIntoGrid(QStringLiteral("abc"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        settle();
        QVERIFY(!stored(QStringLiteral("CASEMGMT")));
        auto *error = m_page->findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("is not a number")), qPrintable(error->text()));

        // Numerator above the denominator: saved as typed, the cell red with the reason.
        clickCell(cell(QStringLiteral("ANC4"), EntryTableModel::Line::Numerator));
        typeIntoGrid(QStringLiteral("60"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        settle();
        typeIntoGrid(QStringLiteral("50"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        settle();
        const QModelIndex bad = cell(QStringLiteral("ANC4"), EntryTableModel::Line::Numerator);
        QVERIFY(bad.data(Qt::ToolTipRole).toString().contains(QStringLiteral("larger than the denominator")));
        QCOMPARE(bad.data(Qt::BackgroundRole).value<QBrush>().color(), QColor(0xf8, 0xc8, 0xc8));
        auto *issues = m_page->findChild<QListWidget *>(QStringLiteral("issues"));
        QVERIFY(!issues->findItems(QStringLiteral("larger than the denominator"), Qt::MatchContains).isEmpty());
        // Submission is refused while it remains, and says why.
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("submit")), Qt::LeftButton);
        QVERIFY2(error->text().contains(QStringLiteral("cannot be submitted")), qPrintable(error->text()));
        QCOMPARE(model()->form().report->status, DataStatus::Draft);
    }

    void aPastedBlockFillsTheCellsAndUndoesAsOne()
    {
        QVERIFY(open());
        const auto options = model()->form().row(indicatorId(QStringLiteral("FULLIMM")))->options;
        QCOMPARE(options.size(), 4);
        clickCell(cell(QStringLiteral("FULLIMM"), EntryTableModel::Line::Numerator, options.first().meta.id));
        // Two rows of a spreadsheet: numerators and denominators of the four groups and the total.
        QVERIFY(m_page->pasteText(QStringLiteral("1\t2\t3\t4\t10\r\n5\t5\t5\t5\t20\r\n")));
        settle();
        QCOMPARE(stored(QStringLiteral("FULLIMM"), options.at(2).meta.id)->numerator, std::optional<double>(3));
        QCOMPARE(stored(QStringLiteral("FULLIMM"))->numerator, std::optional<double>(10));
        QCOMPARE(stored(QStringLiteral("FULLIMM"))->denominator, std::optional<double>(20));
        QCOMPARE(m_stack->count(), 1);
        m_stack->undo();
        settle();
        QVERIFY(!stored(QStringLiteral("FULLIMM")));
        QVERIFY(!stored(QStringLiteral("FULLIMM"), options.at(2).meta.id));
        m_stack->redo();
        QCOMPARE(stored(QStringLiteral("FULLIMM"))->denominator, std::optional<double>(20));

        // A block with text that is no number writes nothing.
        clickCell(cell(QStringLiteral("ANC4"), EntryTableModel::Line::Numerator));
        QVERIFY(!m_page->pasteText(QStringLiteral("12\nx")));
        QVERIFY(!stored(QStringLiteral("ANC4")));
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("error"))->text().contains(QStringLiteral("row 2, column 1")));
    }

    void undoAndRedoOfACellGoThroughTheService()
    {
        QVERIFY(open());
        clickCell(cell(QStringLiteral("CASEMGMT"), EntryTableModel::Line::Value));
        typeIntoGrid(QStringLiteral("7"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        settle();
        QCOMPARE(stored(QStringLiteral("CASEMGMT"))->value, std::optional<double>(7));
        QVERIFY(m_stack->undoText().contains(QStringLiteral("CASEMGMT")));
        m_stack->undo();
        settle();
        QVERIFY(!stored(QStringLiteral("CASEMGMT")));
        m_stack->redo();
        settle();
        QCOMPARE(stored(QStringLiteral("CASEMGMT"))->value, std::optional<double>(7));
    }

    void commentsFlagsAndHistory()
    {
        QVERIFY(open());
        clickCell(cell(QStringLiteral("CASEMGMT"), EntryTableModel::Line::Value));
        typeIntoGrid(QStringLiteral("7"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        settle();
        clickCell(cell(QStringLiteral("CASEMGMT"), EntryTableModel::Line::Value));
        typeIntoGrid(QStringLiteral("8"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        settle();
        clickCell(cell(QStringLiteral("CASEMGMT"), EntryTableModel::Line::Value));
        auto *comment = m_page->findChild<QPlainTextEdit *>(QStringLiteral("comment"));
        comment->setFocus();
        typeText(comment, QStringLiteral("two new cases"));
        auto *followUp = m_page->findChild<QCheckBox *>(QStringLiteral("followUp"));
        followUp->setFocus();
        QTest::keyClick(followUp, Qt::Key_Space);
        QVERIFY(followUp->isChecked());
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("saveNote")), Qt::LeftButton);
        settle();
        QCOMPARE(stored(QStringLiteral("CASEMGMT"))->comment, QStringLiteral("two new cases"));
        QVERIFY(stored(QStringLiteral("CASEMGMT"))->followUp);
        // A comment typed and not saved is saved when another cell is chosen.
        clickCell(cell(QStringLiteral("ANC4"), EntryTableModel::Line::Numerator));
        comment->setFocus();
        typeText(comment, QStringLiteral("to be confirmed"));
        clickCell(cell(QStringLiteral("CASEMGMT"), EntryTableModel::Line::Value));
        QCOMPARE(stored(QStringLiteral("ANC4"))->comment, QStringLiteral("to be confirmed"));
        QVERIFY(!m_page->hasPendingEdits());
        auto *history = m_page->findChild<QListWidget *>(QStringLiteral("history"));
        QCOMPARE(history->count(), 3); // 7, 8, and the comment; newest first, with who
        QVERIFY(history->item(0)->text().contains(QStringLiteral("two new cases")));
        QVERIFY(history->item(2)->text().contains(QStringLiteral("admin: 7")));
    }

    void anOfficerWorksOnOwnSitesAndSeesReturnedReports()
    {
        QVERIFY(open(QStringLiteral("officer")));
        auto *sites = m_page->findChild<QComboBox *>(QStringLiteral("site"));
        QCOMPARE(sites->count(), 4); // the demo officer's two pilot and two comparison sites
        const qint64 siteId = sites->itemData(1).toLongLong();
        sites->setCurrentIndex(1);
        QVERIFY(fillValidForm(siteId));
        const auto manager = demoActor(m_session->database(), QStringLiteral("manager"));
        QVERIFY(ReportService(m_session->database(), m_session->actor()).submit(siteId, m_open).ok());
        QVERIFY(ReportService(m_session->database(), manager).returnToOfficer(siteId, m_open, QStringLiteral("Add ANC4")).ok());
        m_session->notify(Session::Entity::Report);
        auto *returned = m_page->findChild<QListWidget *>(QStringLiteral("returned"));
        const auto items = returned->findItems(QStringLiteral("Add ANC4"), Qt::MatchContains);
        QCOMPARE(items.size(), 1);
        // Opening at an indicator makes its total cell current (the dashboard's jump to a cell).
        const qint64 lastIndicator = model()->indicatorOf(model()->rowCount() - 1);
        m_page->openForm(sites->itemData(0).toLongLong(), m_open, lastIndicator);
        QCOMPARE(sites->currentIndex(), 0);
        const QModelIndex current = m_page->view()->currentIndex();
        QCOMPARE(model()->indicatorOf(current.row()), lastIndicator);
        QCOMPARE(model()->optionOf(current.column()), qint64(0));
        // The list is rebuilt with the form: activate its current item.
        emit returned->itemActivated(returned->findItems(QStringLiteral("Add ANC4"), Qt::MatchContains).value(0));
        QCOMPARE(sites->currentData().toLongLong(), siteId);
        auto *banner = m_page->findChild<QLabel *>(QStringLiteral("banner"));
        QVERIFY2(banner->text().contains(QStringLiteral("Add ANC4")), qPrintable(banner->text()));
        QVERIFY(model()->form().editable);
    }

    void submittedDataIsReadOnlyAndTheLanguageSwitches()
    {
        QVERIFY(open());
        const qint64 siteId = m_page->findChild<QComboBox *>(QStringLiteral("site"))->currentData().toLongLong();
        QVERIFY(fillValidForm(siteId));
        const double stored3 = *stored(QStringLiteral("CASEMGMT"))->value;
        // Submitting from the page: the button.
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("submit")), Qt::LeftButton);
        QCOMPARE(model()->form().report->status, DataStatus::Submitted);
        m_session->notify(Session::Entity::Report);
        QVERIFY(!model()->form().editable);
        QVERIFY(!(model()->flags(cell(QStringLiteral("CASEMGMT"), EntryTableModel::Line::Value)) & Qt::ItemIsEditable));
        auto *banner = m_page->findChild<QLabel *>(QStringLiteral("banner"));
        QVERIFY(banner->text().contains(QStringLiteral("waits for review")));
        // Typing into a read-only grid changes nothing.
        clickCell(cell(QStringLiteral("CASEMGMT"), EntryTableModel::Line::Value));
        typeIntoGrid(QStringLiteral("9"));
        QTest::keyClick(m_page->view(), Qt::Key_Return);
        QCOMPARE(stored(QStringLiteral("CASEMGMT"))->value, std::optional<double>(stored3));

        const auto before = visibleTexts(m_page.get());
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        const auto after = visibleTexts(m_page.get());
        QCOMPARE(model()->headerData(model()->columnCount() - 1, Qt::Horizontal).toString(), QStringLiteral("目标值"));
        QVERIFY2(banner->text().contains(QStringLiteral("审核")), qPrintable(banner->text()));
        QStringList untranslated;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            const QString text = it.value();
            const bool hasLatinWords = text.contains(QRegularExpression(QStringLiteral("[A-Za-z]{4,}")));
            if (before.value(it.key()) == text && hasLatinWords && !it.key().contains(QStringLiteral("cell")))
                untranslated.append(it.key() + QStringLiteral(" = ") + text);
        }
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
    }
};

QTEST_MAIN(TestEntryPage)
#include "tst_entrypage.moc"
