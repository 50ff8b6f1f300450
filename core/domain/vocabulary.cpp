#include "vocabulary.h"

#include <array>

namespace {
// One table per vocabulary: key in the database, English label marked for translation.
struct Entry
{
    const char *key;
    const char *label;
};

template<typename E>
struct Table;

#define SR_TABLE(E, ...)                                                                           \
    template<>                                                                                     \
    struct Table<E>                                                                                \
    {                                                                                              \
        static constexpr Entry entries[] = {__VA_ARGS__};                                          \
    };

SR_TABLE(Arm, {"pilot", QT_TRANSLATE_NOOP("Vocabulary", "Pilot")},
         {"comparison", QT_TRANSLATE_NOOP("Vocabulary", "Comparison")})
SR_TABLE(Locality, {"rural", QT_TRANSLATE_NOOP("Vocabulary", "Rural")},
         {"urban", QT_TRANSLATE_NOOP("Vocabulary", "Urban")})
SR_TABLE(SiteStatus, {"active", QT_TRANSLATE_NOOP("Vocabulary", "Active")},
         {"suspended", QT_TRANSLATE_NOOP("Vocabulary", "Suspended")},
         {"closed", QT_TRANSLATE_NOOP("Vocabulary", "Closed")})
SR_TABLE(ValueType, {"count", QT_TRANSLATE_NOOP("Vocabulary", "Count")},
         {"percentage", QT_TRANSLATE_NOOP("Vocabulary", "Percentage")},
         {"rate_per_1000", QT_TRANSLATE_NOOP("Vocabulary", "Rate per 1,000")},
         {"mean", QT_TRANSLATE_NOOP("Vocabulary", "Mean")},
         {"yes_no", QT_TRANSLATE_NOOP("Vocabulary", "Yes/no")})
SR_TABLE(Direction, {"higher", QT_TRANSLATE_NOOP("Vocabulary", "Higher is better")},
         {"lower", QT_TRANSLATE_NOOP("Vocabulary", "Lower is better")})
SR_TABLE(Frequency, {"monthly", QT_TRANSLATE_NOOP("Vocabulary", "Monthly")},
         {"quarterly", QT_TRANSLATE_NOOP("Vocabulary", "Quarterly")},
         {"annual", QT_TRANSLATE_NOOP("Vocabulary", "Annual")})
SR_TABLE(TargetKind, {"cumulative", QT_TRANSLATE_NOOP("Vocabulary", "Cumulative")},
         {"incremental", QT_TRANSLATE_NOOP("Vocabulary", "Incremental")})
SR_TABLE(OutcomeArea, {"health", QT_TRANSLATE_NOOP("Vocabulary", "Health")},
         {"nutrition", QT_TRANSLATE_NOOP("Vocabulary", "Nutrition")},
         {"early_learning", QT_TRANSLATE_NOOP("Vocabulary", "Early learning")},
         {"protection", QT_TRANSLATE_NOOP("Vocabulary", "Child protection")},
         {"wash", QT_TRANSLATE_NOOP("Vocabulary", "Water, sanitation and hygiene")},
         {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")})
SR_TABLE(Role, {"admin", QT_TRANSLATE_NOOP("Vocabulary", "Administrator")},
         {"manager", QT_TRANSLATE_NOOP("Vocabulary", "Programme manager")},
         {"officer", QT_TRANSLATE_NOOP("Vocabulary", "Field officer")},
         {"viewer", QT_TRANSLATE_NOOP("Vocabulary", "Viewer")})
SR_TABLE(DataStatus, {"draft", QT_TRANSLATE_NOOP("Vocabulary", "Draft")},
         {"submitted", QT_TRANSLATE_NOOP("Vocabulary", "Submitted")},
         {"approved", QT_TRANSLATE_NOOP("Vocabulary", "Approved")},
         {"returned", QT_TRANSLATE_NOOP("Vocabulary", "Returned")})
SR_TABLE(ActionStatus, {"open", QT_TRANSLATE_NOOP("Vocabulary", "Open")},
         {"done", QT_TRANSLATE_NOOP("Vocabulary", "Done")},
         {"dropped", QT_TRANSLATE_NOOP("Vocabulary", "Dropped")})
SR_TABLE(RuleOperator, {"<", QT_TRANSLATE_NOOP("Vocabulary", "less than")},
         {"<=", QT_TRANSLATE_NOOP("Vocabulary", "less than or equal to")},
         {"==", QT_TRANSLATE_NOOP("Vocabulary", "equal to")},
         {"!=", QT_TRANSLATE_NOOP("Vocabulary", "not equal to")},
         {">=", QT_TRANSLATE_NOOP("Vocabulary", "greater than or equal to")},
         {">", QT_TRANSLATE_NOOP("Vocabulary", "greater than")})
SR_TABLE(Importance, {"error", QT_TRANSLATE_NOOP("Vocabulary", "Error")},
         {"warning", QT_TRANSLATE_NOOP("Vocabulary", "Warning")})
#undef SR_TABLE
} // namespace

template<typename E>
QString Vocabulary::key(E value)
{
    return QString::fromLatin1(Table<E>::entries[static_cast<int>(value)].key);
}

template<typename E>
bool Vocabulary::fromKey(const QString &key, E *value)
{
    const auto &entries = Table<E>::entries;
    for (std::size_t i = 0; i < std::size(entries); ++i) {
        if (key == QLatin1StringView(entries[i].key)) {
            *value = static_cast<E>(i);
            return true;
        }
    }
    return false;
}

template<typename E>
QString Vocabulary::label(E value)
{
    return tr(Table<E>::entries[static_cast<int>(value)].label);
}

template<typename E>
QList<E> Vocabulary::all()
{
    QList<E> values;
    for (std::size_t i = 0; i < std::size(Table<E>::entries); ++i)
        values.append(static_cast<E>(i));
    return values;
}

#define SR_INSTANTIATE(E)                                                                          \
    template QString Vocabulary::key<E>(E);                                                        \
    template bool Vocabulary::fromKey<E>(const QString &, E *);                                    \
    template QString Vocabulary::label<E>(E);                                                      \
    template QList<E> Vocabulary::all<E>();
SR_INSTANTIATE(Arm)
SR_INSTANTIATE(Locality)
SR_INSTANTIATE(SiteStatus)
SR_INSTANTIATE(ValueType)
SR_INSTANTIATE(Direction)
SR_INSTANTIATE(Frequency)
SR_INSTANTIATE(TargetKind)
SR_INSTANTIATE(OutcomeArea)
SR_INSTANTIATE(Role)
SR_INSTANTIATE(DataStatus)
SR_INSTANTIATE(ActionStatus)
SR_INSTANTIATE(RuleOperator)
SR_INSTANTIATE(Importance)
#undef SR_INSTANTIATE
