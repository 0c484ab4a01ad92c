#pragma once

#include <QCoreApplication>

namespace frontline::server::reportexport {

// The words of the exported files, one translation context for the CSV and the PDF.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
};

} // namespace frontline::server::reportexport
