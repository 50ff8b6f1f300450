#pragma once

#include "shell/session.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>
#include <QUndoCommand>

#include <functional>

// An undo command whose text is rebuilt in the current language; the main window calls
// retranslate() on every command in the stack when the language changes (the slip Tiled
// makes, STYLE.md 7, is a text translated once in the constructor).
class TranslatableCommand : public QUndoCommand
{
public:
    using QUndoCommand::QUndoCommand;
    virtual void retranslate() = 0;
};

using ErrorSink = std::function<void(const QString &message)>;

enum class RowChange { Create, Update, Remove };

// Undo and redo of one row change through a core service (STYLE.md 6). The page makes the
// change first and pushes the command with the stored result, so the first redo() does
// nothing; later undo/redo calls go through the service again (validated, audited). Ops
// supplies the service calls and the texts:
//   static Result<T> update(Session &, const T &), remove(...), restore(...);
//   static std::optional<T> find(Session &, qint64 id);
//   static QJsonObject state(const T &);  // the row's audited content, "deleted" included
//   static QString text(RowChange, const T &);  static constexpr Session::Entity entity;
template<typename T, typename Ops>
class RowCommand final : public TranslatableCommand
{
public:
    RowCommand(Session *session, RowChange change, T before, T after, ErrorSink onError)
        : m_session(session), m_change(change), m_before(std::move(before)), m_after(std::move(after)),
          m_current(m_after), m_onError(std::move(onError))
    {
        retranslate();
    }

    void retranslate() override { setText(Ops::text(m_change, m_after)); }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        if (!m_session)
            return;
        switch (m_change) {
        case RowChange::Create:
            if (expect(m_after, true))
                apply(Ops::restore(*m_session, m_current));
            break;
        case RowChange::Remove:
            if (expect(m_before, false))
                apply(Ops::remove(*m_session, m_current));
            break;
        case RowChange::Update:
            if (expect(m_before, false))
                apply(Ops::update(*m_session, withCurrentMeta(m_after)));
            break;
        }
    }

    void undo() override
    {
        if (!m_session)
            return;
        switch (m_change) {
        case RowChange::Create:
            if (expect(m_after, false))
                apply(Ops::remove(*m_session, m_current));
            break;
        case RowChange::Remove:
            if (expect(m_before, true))
                apply(Ops::restore(*m_session, m_current));
            break;
        case RowChange::Update:
            if (expect(m_after, false))
                apply(Ops::update(*m_session, withCurrentMeta(m_before)));
            break;
        }
    }

private:
    // Undo and redo act only on a row that is as this command left it (or found it): later
    // commands on the same row have been undone first, and a change made elsewhere since (by
    // another window or a sync) is never silently overwritten. The stored revision is taken
    // over, as the row's content is the same.
    bool expect(const T &state, bool deleted)
    {
        const auto stored = Ops::find(*m_session, m_current.meta.id);
        T wanted = state;
        wanted.meta.deleted = deleted;
        if (!stored || Ops::state(*stored) != Ops::state(wanted)) {
            setObsolete(true);
            if (m_onError)
                m_onError(QCoreApplication::translate("RowCommand", "“%1” cannot be undone or redone: the row was "
                                                                    "changed elsewhere since.")
                              .arg(text()));
            return false;
        }
        m_current.meta = stored->meta;
        return true;
    }

    T withCurrentMeta(T value) const
    {
        value.meta = m_current.meta;
        return value;
    }

    void apply(const Result<T> &result)
    {
        if (!result) {
            setObsolete(true);
            if (m_onError)
                m_onError(result.error());
            return;
        }
        m_current = result.value();
        m_session->notify(Ops::entity);
    }

    QPointer<Session> m_session;
    RowChange m_change;
    T m_before;
    T m_after;
    T m_current;
    ErrorSink m_onError;
    bool m_first = true;
};
