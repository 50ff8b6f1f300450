#include "ruleexpression.h"

#include <QRegularExpression>

Result<RuleExpression> RuleExpression::parse(const QString &text)
{
    static const QRegularExpression token(QStringLiteral(
        R"(\G\s*([+-])?\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)(?:\.(num|den))?)\s*)"));
    RuleExpression expression;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("The expression is empty."));
    qsizetype at = 0;
    while (at < text.size()) {
        const auto m = token.match(text, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch() || m.capturedLength() == 0) {
            if (text.mid(at).trimmed().isEmpty())
                break;
            return fail(tr("\"%1\" cannot be read at position %2: use indicator codes (CODE, CODE.num, CODE.den) and "
                           "numbers joined by + and -.")
                            .arg(text)
                            .arg(at + 1));
        }
        if (!expression.m_terms.isEmpty() && m.captured(1).isEmpty())
            return fail(tr("\"%1\" needs + or - between its terms (position %2).").arg(text).arg(at + 1));
        Term term;
        term.sign = m.captured(1) == QLatin1StringView("-") ? -1.0 : 1.0;
        if (!m.captured(2).isEmpty())
            term.number = m.captured(2).toDouble();
        else {
            term.code = m.captured(3);
            term.part = m.captured(4);
        }
        expression.m_terms.append(term);
        at = m.capturedEnd();
    }
    if (expression.m_terms.isEmpty())
        return fail(tr("The expression is empty."));
    return expression;
}

QStringList RuleExpression::codes() const
{
    QStringList list;
    for (const Term &t : m_terms) {
        if (!t.code.isEmpty() && !list.contains(t.code))
            list.append(t.code);
    }
    return list;
}

std::optional<double> RuleExpression::evaluate(
    const std::function<std::optional<double>(const QString &, const QString &)> &lookup) const
{
    double sum = 0;
    for (const Term &t : m_terms) {
        const std::optional<double> v = t.number ? t.number : lookup(t.code, t.part);
        if (!v)
            return std::nullopt;
        sum += t.sign * *v;
    }
    return sum;
}
