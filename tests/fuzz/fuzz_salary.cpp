// Salary texts (parseSalary, parseAmount). The first line is the text; a second line, when there is one,
// is the currency hint (an ISO code from the source).
#include "fuzzsupport.h"

#include "import/salaryparser.h"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace jobdesk;
    const QString input = fuzz::text(data, size);
    const qsizetype newline = input.indexOf(u'\n');
    const QStringView text = newline < 0 ? QStringView(input) : QStringView(input).left(newline);
    const QStringView hint = newline < 0 ? QStringView() : QStringView(input).mid(newline + 1);
    if (const std::optional<Salary> salary = parseSalary(text, hint)) {
        const auto bad = [](std::optional<double> v) { return v && (!std::isfinite(*v) || *v <= 0); };
        if (bad(salary->min) || bad(salary->max) ||
            (salary->min && salary->max && *salary->min > *salary->max))
            qFatal("salary out of order or not a positive number");
    }
    parseAmount(text);
    return 0;
}
