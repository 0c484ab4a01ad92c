#include "metrics.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

QByteArray number(double value)
{
    if (std::isinf(value))
        return value > 0 ? "+Inf"_ba : "-Inf"_ba;
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return QByteArray::number(qint64(value));
    return QByteArray::number(value, 'g', 12);
}

QByteArray escaped(const QString& value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return out;
}

QByteArray labelText(const PrometheusText::Labels& labels)
{
    if (labels.isEmpty())
        return {};
    QByteArrayList parts;
    for (const auto& [name, value] : labels)
        parts.append(name + "=\"" + escaped(value) + '"');
    return '{' + parts.join(',') + '}';
}

} // namespace

void PrometheusText::family(const QByteArray& name, const QByteArray& type, const QByteArray& help)
{
    m_text += "# HELP " + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
}

void PrometheusText::sample(const QByteArray& name, const Labels& labels, double value)
{
    m_text += name + labelText(labels) + ' ' + number(value) + '\n';
}

void PrometheusText::histogram(const QByteArray& name, const Labels& labels,
                               const QList<double>& bounds, const QList<quint64>& counts,
                               double sum)
{
    quint64 cumulative = 0;
    for (qsizetype i = 0; i <= bounds.size(); ++i) {
        cumulative += counts.value(i);
        Labels withBound = labels;
        withBound.append(
            {"le"_ba, i < bounds.size() ? QString::fromLatin1(number(bounds.at(i))) : u"+Inf"_s});
        sample(name + "_bucket", withBound, double(cumulative));
    }
    sample(name + "_sum", labels, sum);
    sample(name + "_count", labels, double(cumulative));
}

void PrometheusText::gauge(const QByteArray& name, const QByteArray& help, double value)
{
    family(name, "gauge"_ba, help);
    sample(name, {}, value);
}

Histogram::Histogram(QList<double> upperBounds)
    : bounds(std::move(upperBounds))
    , counts(bounds.size() + 1, 0)
{ }

void Histogram::observe(double value)
{
    const auto it = std::lower_bound(bounds.cbegin(), bounds.cend(), value);
    ++counts[it - bounds.cbegin()];
    sum += value;
}

QList<double> ServerMetrics::latencyBounds()
{
    return {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
}

void ServerMetrics::recordCall(const QString& method, QLatin1StringView transport, qint64 micros,
                               bool ok)
{
    CallCounts& counts = m_calls[method];
    ++(ok ? counts.ok : counts.failed)[QString(transport)];
    counts.latency.observe(double(micros) / 1e6);
}

QByteArray ServerMetrics::render(const QList<qint64>& databaseValues) const
{
    PrometheusText out;
    QStringList methods = m_calls.keys();
    methods.sort();
    out.family("frontline_rpc_requests_total"_ba, "counter"_ba,
               "JSON-RPC calls answered, by method, transport and outcome."_ba);
    for (const QString& method : std::as_const(methods)) {
        const CallCounts& counts = m_calls[method];
        for (const auto& [hash, outcome] :
             {std::pair {&counts.ok, u"ok"_s}, std::pair {&counts.failed, u"error"_s}}) {
            for (auto it = hash->cbegin(); it != hash->cend(); ++it)
                out.sample(
                    "frontline_rpc_requests_total"_ba,
                    {{"method"_ba, method}, {"transport"_ba, it.key()}, {"outcome"_ba, outcome}},
                    double(it.value()));
        }
    }
    out.family("frontline_rpc_request_duration_seconds"_ba, "histogram"_ba,
               "Time from a call's arrival to its answer (a write's includes its commit)."_ba);
    for (const QString& method : std::as_const(methods)) {
        const Histogram& latency = m_calls[method].latency;
        out.histogram("frontline_rpc_request_duration_seconds"_ba, {{"method"_ba, method}},
                      latency.bounds, latency.counts, latency.sum);
    }
    for (const Source& source : m_sources)
        source(out);
    for (qsizetype i = 0; i < m_databaseGauges.size(); ++i) {
        const qint64 value = databaseValues.value(i, -1);
        if (value >= 0)
            out.gauge(m_databaseGauges.at(i).name, m_databaseGauges.at(i).help, double(value));
    }
    return out.text();
}

} // namespace frontline::server
