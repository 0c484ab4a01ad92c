#pragma once

#include "api/schema.h"

namespace frontline::api {

// Which answer the optional reads give in the current describe pass (ParamsDescriber):
// present (a plausible value) or absent. A parser that branches on an optional field
// (attachment.add: `id` for a further chunk, else `ticket`, `name`, `size`) is run once each way.
bool describeOptionalsPresent();

class DescribePass
{
public:
    explicit DescribePass(bool optionalsPresent);
    ~DescribePass();
    DescribePass(const DescribePass&) = delete;
    DescribePass& operator=(const DescribePass&) = delete;

private:
    bool m_previous;
};

// The JSON Schema of a params type, its fromJson run in describe mode twice: every field either
// pass reads is described; a field is required when every pass that read its object requires it.
template<typename Params> QJsonObject describeParamsBothWays()
{
    ParamsDescriber describer;
    {
        DescribePass present(true);
        (void)Params::fromJson(QJsonValue());
    }
    {
        DescribePass absent(false);
        (void)Params::fromJson(QJsonValue());
    }
    return describer.schema();
}

} // namespace frontline::api
