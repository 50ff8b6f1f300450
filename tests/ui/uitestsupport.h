#pragma once

#include "demo/demogenerator.h"
#include "shell/languagemanager.h"
#include "services/userservice.h"
#include "shell/session.h"
#include "storage/database.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QSpinBox>
#include <QAction>
#include <QApplication>
#include <QInputMethodEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QWidget>

#include <memory>

namespace UiTestSupport {

// A session on a small demonstration database in the given folder.
// A demo user signed in (the demo accounts' password is "demo").
inline Actor demoActor(Database &database, const QString &username)
{
    const auto user = UserService(database, Actor::system()).user(username);
    return user ? Actor{user->meta.id, user->username, user->role} : Actor{};
}

inline std::unique_ptr<Session> demoSession(const QTemporaryDir &dir, const QString &name = QStringLiteral("demo.db"))
{
    const QString path = dir.filePath(name);
    if (!QFileInfo::exists(path)) {
        auto generated = DemoGenerator::generateFile(path, {20, 12, 11});
        if (!generated) {
            qWarning("%s", qPrintable(generated.error()));
            return nullptr;
        }
    }
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error()));
        return nullptr;
    }
    const Actor admin = demoActor(*opened.value(), QStringLiteral("admin"));
    return std::make_unique<Session>(std::move(opened).value(), admin);
}

// A demonstration database (generated when the file does not exist yet) signed in as one of
// its users: admin, manager, officer or viewer.
inline std::unique_ptr<Session> demoSessionAs(const QTemporaryDir &dir, const QString &name, const QString &username)
{
    if (!demoSession(dir, name)) // generates the file
        return nullptr;
    auto opened = Database::open(dir.filePath(name), Database::Mode::OpenExisting);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error()));
        return nullptr;
    }
    const Actor actor = demoActor(*opened.value(), username);
    return std::make_unique<Session>(std::move(opened).value(), actor);
}

// Opens a fresh demonstration database and shows a page on it with its own undo stack, as
// the main window would; closePage() tears it down in the right order.
template<typename Page>
bool showPage(const QTemporaryDir &dir, const QString &name, std::unique_ptr<Session> &session,
              std::unique_ptr<QUndoStack> &stack, std::unique_ptr<Page> &page)
{
    page.reset();
    session = demoSession(dir, name);
    if (!session)
        return false;
    stack = std::make_unique<QUndoStack>();
    page = std::make_unique<Page>(stack.get());
    page->setSession(session.get());
    page->resize(1400, 900);
    page->show();
    return QTest::qWaitForWindowExposed(page.get());
}

// The same for a page without undo (review, visits and costs, audit).
template<typename Page>
bool showPlainPage(const QTemporaryDir &dir, const QString &name, std::unique_ptr<Session> &session,
                   std::unique_ptr<Page> &page)
{
    page.reset();
    session = demoSession(dir, name);
    if (!session)
        return false;
    page = std::make_unique<Page>();
    page->setSession(session.get());
    page->resize(1400, 900);
    page->show();
    return QTest::qWaitForWindowExposed(page.get());
}

template<typename Page>
void closePage(std::unique_ptr<Session> &session, std::unique_ptr<QUndoStack> &stack, std::unique_ptr<Page> &page)
{
    page.reset();
    stack.reset();
    session.reset();
}

// Types text into the focused widget: Latin text key by key, Chinese text as an input method
// commits it (QTest cannot send keys for characters outside Latin-1).
inline void typeText(QWidget *widget, const QString &text)
{
    bool latin = true;
    for (QChar c : text)
        latin = latin && c.unicode() < 0x100;
    if (latin) {
        QTest::keyClicks(widget, text);
        return;
    }
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

// Selects everything in the widget and replaces it by typing.
inline void retype(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_Backspace);
    typeText(widget, text);
}

// Every text a person can read in a widget tree, keyed by where it is, for comparing a
// window before and after a language switch.
inline QMap<QString, QString> visibleTexts(QWidget *root)
{
    QMap<QString, QString> texts;
    auto key = [](const QObject *o, const QString &what) -> QString {
        QStringList path;
        for (const QObject *p = o; p; p = p->parent())
            path.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className()) : p->objectName());
        return path.join(u'/') + QStringLiteral("#") + what + QStringLiteral("@") + QString::number(quintptr(o), 16);
    };
    auto add = [&](const QObject *o, const QString &what, const QString &text) {
        if (!text.trimmed().isEmpty())
            texts.insert(key(o, what), text);
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root) && w != root)
            continue;
        if (w->isWindow())
            add(w, QStringLiteral("title"), w->windowTitle());
        add(w, QStringLiteral("tooltip"), w->toolTip());
        if (auto *l = qobject_cast<QLabel *>(w))
            add(w, QStringLiteral("text"), l->text());
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(w, QStringLiteral("text"), b->text());
        if (auto *g = qobject_cast<QGroupBox *>(w))
            add(w, QStringLiteral("title"), g->title());
        if (auto *e = qobject_cast<QLineEdit *>(w))
            add(w, QStringLiteral("placeholder"), e->placeholderText());
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(w)) {
            add(w, QStringLiteral("special"), spin->specialValueText());
            if (auto *box = qobject_cast<QSpinBox *>(w))
                add(w, QStringLiteral("suffix"), box->suffix());
        }
        // Cells of the rows in view: labels such as arms, yes/no and value types are texts too.
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model() && !qobject_cast<QComboBox *>(w->parent())) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; row < std::min(model->rowCount(), 12); ++row)
                for (int column = 0; column < model->columnCount(); ++column)
                    add(w, QStringLiteral("cell%1,%2").arg(row).arg(column), model->index(row, column).data().toString());
        }
        if (auto *c = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < c->count(); ++i)
                add(w, QStringLiteral("item%1").arg(i), c->itemText(i));
        if (auto *list = qobject_cast<QListWidget *>(w))
            for (int i = 0; i < list->count(); ++i)
                add(w, QStringLiteral("item%1").arg(i), list->item(i)->text());
        if (auto *h = qobject_cast<QHeaderView *>(w); h && h->model())
            for (int i = 0; i < h->count(); ++i)
                add(w, QStringLiteral("section%1").arg(i), h->model()->headerData(i, h->orientation()).toString());
        if (auto *menuBar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *a : menuBar->actions()) {
                add(a, QStringLiteral("menu"), a->text());
                if (a->menu())
                    for (QAction *item : a->menu()->actions())
                        add(item, QStringLiteral("action"), item->text());
            }
        }
    }
    return texts;
}

// Runs fn on the next modal dialog of type T as soon as it shows. It looks again every 20 ms
// from the event loop rather than waiting in a loop of its own, so that the dialogs and worker
// loops that come first (a file dialog, the progress of an import) can end.
template<typename T, typename Fn>
void whenModal(Fn fn, int attempts = 3000)
{
    QTimer::singleShot(20, qApp, [fn, attempts] {
        if (auto *modal = qobject_cast<T *>(QApplication::activeModalWidget()))
            fn(modal);
        else if (attempts > 0)
            whenModal<T>(fn, attempts - 1);
        else
            QFAIL(T::staticMetaObject.className());
    });
}

// Types a path into a file dialog's name and presses Enter (selectFile() leaves the name alone
// while it has the focus).
inline void typeFileName(QFileDialog *dialog, const QString &path)
{
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    name->setText(path);
    QTest::keyClick(name, Qt::Key_Return);
}

// Chooses a path in the next file dialog.
inline void chooseFile(const QString &path)
{
    whenModal<QFileDialog>([path](QFileDialog *dialog) { typeFileName(dialog, path); });
}

} // namespace UiTestSupport
