// The question a team library's server asks through Jobdesk: the member's password, typed into a masked
// field. What is typed goes to Passwords (kept in memory until Jobdesk quits, for every connection to
// that server), never to settings or a file.
#pragma once

#include <QString>

class QWidget;

namespace jobdesk {

class LibraryLocation;

// Asks for the password of `location`'s member (the dialog's object name is "passwordPrompt"). `refused`
// says the server turned the last one down. Returns false when the user cancelled; else the password is
// in Passwords under location.serverKey().
bool askForPassword(QWidget *parent, const LibraryLocation &location, bool refused);

} // namespace jobdesk
