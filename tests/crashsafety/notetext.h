// The notes text the crash-safety helper types (annotationwriter notes): line N is known to the test
// too, so after a kill it can tell which save the library holds.
#pragma once

#include <QString>

namespace jobdesk::test {

// Line `n` (from 1), lengths varying so saves write different amounts.
inline QString noteLine(int n)
{
    return QStringLiteral("- note %1: ").arg(n) + QString((n * 37) % 180, QLatin1Char('x')) +
           QLatin1Char('\n');
}

// What the notes hold once lines 1…n were typed.
inline QString noteText(int n)
{
    QString text;
    for (int i = 1; i <= n; ++i)
        text += noteLine(i);
    return text;
}

} // namespace jobdesk::test
