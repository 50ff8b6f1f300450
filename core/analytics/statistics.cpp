#include "statistics.h"

#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>

namespace Statistics {

std::optional<Interval> wilson(double successes, double trials)
{
    if (!(trials > 0) || successes < 0 || successes > trials)
        return std::nullopt;
    const double p = successes / trials;
    const double z2 = Z975 * Z975;
    const double denominator = 1.0 + z2 / trials;
    const double centre = (p + z2 / (2.0 * trials)) / denominator;
    const double half = Z975 / denominator * std::sqrt(p * (1.0 - p) / trials + z2 / (4.0 * trials * trials));
    return Interval{centre - half, centre + half};
}

double tQuantile975(double df)
{
    const boost::math::students_t distribution(df);
    return boost::math::quantile(distribution, 0.975);
}

double mean(const QList<double> &values)
{
    if (values.isEmpty())
        return 0;
    double sum = 0;
    for (double v : values)
        sum += v;
    return sum / double(values.size());
}

double variance(const QList<double> &values)
{
    if (values.size() < 2)
        return 0;
    const double m = mean(values);
    double sum = 0;
    for (double v : values)
        sum += (v - m) * (v - m);
    return sum / double(values.size() - 1);
}

std::optional<Welch> welch(const QList<double> &a, const QList<double> &b)
{
    if (a.size() < 2 || b.size() < 2)
        return std::nullopt;
    const double va = variance(a) / double(a.size());
    const double vb = variance(b) / double(b.size());
    const double se = std::sqrt(va + vb);
    if (!(se > 0))
        return std::nullopt;
    Welch w;
    w.difference = mean(a) - mean(b);
    w.se = se;
    w.df = std::pow(se, 4) / (va * va / double(a.size() - 1) + vb * vb / double(b.size() - 1));
    const double t = tQuantile975(w.df);
    w.interval = {w.difference - t * se, w.difference + t * se};
    return w;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

std::optional<QList<double>> modifiedZ(const QList<double> &values)
{
    if (values.isEmpty())
        return std::nullopt;
    const double m = median(values);
    QList<double> deviations;
    deviations.reserve(values.size());
    for (double v : values)
        deviations.append(std::abs(v - m));
    const double mad = median(deviations);
    if (!(mad > 0))
        return std::nullopt;
    QList<double> z;
    z.reserve(values.size());
    for (double v : values)
        z.append(0.6745 * (v - m) / mad);
    return z;
}

std::optional<Line> leastSquares(const QList<double> &x, const QList<double> &y, const QList<double> &weights)
{
    if (x.size() != y.size() || x.size() < 2 || (!weights.isEmpty() && weights.size() != x.size()))
        return std::nullopt;
    double sw = 0, sx = 0, sy = 0;
    for (qsizetype i = 0; i < x.size(); ++i) {
        const double w = weights.isEmpty() ? 1.0 : weights[i];
        sw += w;
        sx += w * x[i];
        sy += w * y[i];
    }
    if (!(sw > 0))
        return std::nullopt;
    const double mx = sx / sw;
    const double my = sy / sw;
    double sxx = 0, sxy = 0;
    for (qsizetype i = 0; i < x.size(); ++i) {
        const double w = weights.isEmpty() ? 1.0 : weights[i];
        sxx += w * (x[i] - mx) * (x[i] - mx);
        sxy += w * (x[i] - mx) * (y[i] - my);
    }
    if (!(sxx > 0))
        return std::nullopt;
    const double slope = sxy / sxx;
    return Line{my - slope * mx, slope};
}

} // namespace Statistics
