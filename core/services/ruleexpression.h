#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// One side of a validation rule: a sum of terms joined by + and -, each a number or an
// indicator reference: CODE (the indicator's total; for a percentage or rate, the rate),
// CODE.num or CODE.den (its numerator or denominator). Numbers use a dot as decimal mark.
class RuleExpression final
{
    Q_DECLARE_TR_FUNCTIONS(RuleExpression)

public:
    struct Term
    {
        double sign = 1;
        std::optional<double> number;
        QString code;
        QString part; // "", "num" or "den"
    };

    static Result<RuleExpression> parse(const QString &text);
    const QList<Term> &terms() const { return m_terms; }
    QStringList codes() const;
    // Empty when a referenced value is missing (the rule is then not checked).
    std::optional<double> evaluate(const std::function<std::optional<double>(const QString &code, const QString &part)> &lookup) const;

private:
    QList<Term> m_terms;
};
