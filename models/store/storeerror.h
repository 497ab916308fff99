// The one exception type of the storage layer. Its message is for people: it names the library file
// and says what went wrong; callers at the edges (command line, GUI) show it as it is.
#pragma once

#include <QString>
#include <stdexcept>

namespace jobdesk {

class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace jobdesk
