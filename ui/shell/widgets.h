#pragma once

#include "domain/vocabulary.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

#include <optional>

// A new child widget with the object name that tests and the language walk find it by.
template<typename W>
W *namedChild(QWidget *parent, const char *name)
{
    auto *w = new W(parent);
    w->setObjectName(QLatin1StringView(name));
    return w;
}

// Fills a combo box with a vocabulary's translated labels (item data = the enum value),
// keeping the current choice; call again on a language change.
template<typename E>
void fillVocabularyCombo(QComboBox *combo)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (E value : Vocabulary::all<E>())
        combo->addItem(Vocabulary::label(value), static_cast<int>(value));
    const int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

template<typename E>
E vocabularyValue(const QComboBox *combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

template<typename E>
void setVocabularyValue(QComboBox *combo, E value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(static_cast<int>(value))));
}

// A line edit for an optional number in the interface's locale: empty means "none".
class NumberEdit final : public QLineEdit
{
    Q_OBJECT

public:
    explicit NumberEdit(QWidget *parent = nullptr) : QLineEdit(parent) {}

    // nullopt for empty text; sets *ok false when the text is not a number.
    std::optional<double> number(bool *ok) const
    {
        const QString t = text().trimmed();
        *ok = true;
        if (t.isEmpty())
            return std::nullopt;
        double v = QLocale().toDouble(t, ok);
        if (!*ok)
            v = QLocale::c().toDouble(t, ok); // accept a plain "12.5" in any language
        return *ok ? std::optional<double>(v) : std::nullopt;
    }

    void setNumber(const std::optional<double> &value)
    {
        setText(value ? QLocale().toString(*value, 'f', QLocale::FloatingPointShortest) : QString());
    }
};

// A red message line for a rejected change; hidden while empty.
class ErrorLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget *parent = nullptr) : QLabel(parent)
    {
        setWordWrap(true);
        setStyleSheet(QStringLiteral("color: #b00020;"));
        setTextInteractionFlags(Qt::TextSelectableByMouse);
        hide();
    }
    void showError(const QString &message)
    {
        setText(message);
        setVisible(!message.isEmpty());
    }
};
