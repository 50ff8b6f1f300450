#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The closed vocabularies of the data model. Each value has a stable key stored in the
// database (plain English, readable with the sqlite3 tool) and a translated label for display.
enum class Arm { Pilot, Comparison };
enum class Locality { Rural, Urban };
enum class SiteStatus { Active, Suspended, Closed };
enum class ValueType { Count, Percentage, RatePer1000, Mean, YesNo };
enum class Direction { Higher, Lower };
enum class Frequency { Monthly, Quarterly, Annual };
enum class TargetKind { Cumulative, Incremental };
enum class OutcomeArea { Health, Nutrition, EarlyLearning, Protection, Wash, Other };
enum class Role { Admin, Manager, FieldOfficer, Viewer };
enum class DataStatus { Draft, Submitted, Approved, Returned };
enum class ActionStatus { Open, Done, Dropped };
enum class RuleOperator { Less, LessOrEqual, Equal, NotEqual, GreaterOrEqual, Greater };
enum class Importance { Error, Warning };

class Vocabulary final
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)

public:
    template<typename E>
    static QString key(E value);
    // Returns false and leaves value untouched when the key is unknown.
    template<typename E>
    static bool fromKey(const QString &key, E *value);
    template<typename E>
    static QString label(E value);
    template<typename E>
    static QList<E> all();
};

// Value types that carry a numerator and a denominator.
inline bool hasParts(ValueType type)
{
    return type == ValueType::Percentage || type == ValueType::RatePer1000;
}
