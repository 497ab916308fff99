#include "crashsafety/crashsupport.h"

#include "testsupport.h"

#include "annotations/annotationstore.h"
#include "annotations/notestore.h"
#include "annotations/stagestore.h"
#include "annotations/tagstore.h"
#include "store/database.h"
#include "store/sql.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QThread>

#include <csignal>

namespace jobdesk::test {

void writeManyListings(const QString &path, int count, const QString &tag)
{
    QFile source(sharedData(QStringLiteral("listings/remote-boards-2025/remotive_jobs.json")));
    QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(source.errorString()));
    const QJsonArray records = QJsonDocument::fromJson(source.readAll()).array();
    QVERIFY(!records.isEmpty());
    QFile out(path);
    QVERIFY2(out.open(QIODevice::WriteOnly), qPrintable(out.errorString()));
    for (int i = 0; i < count; ++i) {
        QJsonObject record = records.at(i % records.size()).toObject();
        const QString suffix = QStringLiteral("%1-%2").arg(tag).arg(i);
        record[QStringLiteral("job_id")] = suffix;
        const QString url = record.value(QStringLiteral("url")).toString() + QLatin1Char('-') + suffix;
        const QString title = record.value(QStringLiteral("title")).toString() + QLatin1Char(' ') + suffix;
        record[QStringLiteral("url")] = url;
        record[QStringLiteral("title")] = title;
        out.write(QJsonDocument(record).toJson(QJsonDocument::Compact));
        out.write("\n");
    }
}

namespace {

std::unique_ptr<QProcess> start(const QString &program, const QStringList &arguments, bool offscreen)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    if (offscreen)
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    else
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process->setProcessEnvironment(env);
    process->start(program, arguments);
    if (!process->waitForStarted(10000))
        qWarning("cannot start %s: %s", qPrintable(program), qPrintable(process->errorString()));
    return process;
}

} // namespace

std::unique_ptr<QProcess> startJobdesk(const QStringList &arguments)
{
    return start(qEnvironmentVariable("JOBDESK_BINARY"), arguments, false);
}

std::unique_ptr<QProcess> startWriter(const QStringList &arguments)
{
    return start(QStringLiteral(JOBDESK_ANNOTATION_WRITER), arguments, true);
}

bool waitForLine(QProcess &process, QStringList *lines, int timeoutMs)
{
    const qsizetype before = lines->size();
    QElapsedTimer timer;
    timer.start();
    while (lines->size() == before) {
        while (process.canReadLine())
            lines->append(QString::fromUtf8(process.readLine()).trimmed());
        if (lines->size() > before)
            break;
        if (process.state() == QProcess::NotRunning || timer.hasExpired(timeoutMs))
            return false;
        process.waitForReadyRead(50);
    }
    return true;
}

void killHard(QProcess &process)
{
    process.kill(); // SIGKILL on Unix
    process.waitForFinished(10000);
}

namespace {

// True when every thread of `pid` is stopped, or the process is gone or a zombie.
bool stopped(qint64 pid)
{
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    const QStringList threads = tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &thread : threads) {
        QFile stat(tasks.filePath(thread + QLatin1String("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype end = line.lastIndexOf(')'); // the state follows "pid (name) "
        const char state = end >= 0 && end + 2 < line.size() ? line.at(end + 2) : 'X';
        if (state != 'T' && state != 't' && state != 'Z' && state != 'X')
            return false;
    }
    return true;
}

} // namespace

void freeze(qint64 pid)
{
    if (pid <= 0)
        return; // not running: kill(0, …) would stop the test's own process group
    ::kill(pid_t(pid), SIGSTOP);
    QElapsedTimer timer;
    timer.start();
    while (!stopped(pid) && !timer.hasExpired(10000))
        QThread::usleep(200);
}

void thaw(qint64 pid)
{
    if (pid <= 0)
        return;
    ::kill(pid_t(pid), SIGCONT);
}

QString integrityCheck(const Database &db)
{
    QStringList problems;
    QSqlQuery check = sql::run(db.connection(), QStringLiteral("PRAGMA integrity_check"));
    while (check.next())
        problems.append(check.value(0).toString());
    QSqlQuery keys = sql::run(db.connection(), QStringLiteral("PRAGMA foreign_key_check"));
    while (keys.next())
        problems.append(
            QStringLiteral("foreign key: %1 row %2").arg(keys.value(0).toString(), keys.value(1).toString()));
    return problems.join(QLatin1Char('\n'));
}

qint64 countRows(const Database &db, const QString &table)
{
    // The table name is the test's own.
    return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table))
        .toLongLong();
}

QStringList dumpLibrary(const Database &db)
{
    static const QStringList dictionary{QStringLiteral("skills"), QStringLiteral("skill_aliases")};
    QStringList rows;
    QSqlQuery tables =
        sql::run(db.connection(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                                 "'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &name : std::as_const(names)) {
        if (name.startsWith(QLatin1String("listings_fts")) || dictionary.contains(name)) {
            rows.append(name + QLatin1String(" rows: ") + QString::number(countRows(db, name)));
            continue;
        }
        QSqlQuery query =
            sql::run(db.connection(), QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(name));
        const int columns = query.record().count();
        while (query.next()) {
            QString row = name;
            for (int i = 0; i < columns; ++i)
                row += QLatin1Char('|') + query.value(i).toString();
            rows.append(row);
        }
    }
    return rows;
}

QStringList dumpAnnotations(const Database &db)
{
    static const QStringList userTables{QStringLiteral("annotations"), QStringLiteral("stage_history"),
                                        QStringLiteral("tags"),        QStringLiteral("listing_tags"),
                                        QStringLiteral("activity"),    QStringLiteral("stages")};
    QStringList rows;
    for (const QString &row : dumpTables(db)) {
        if (userTables.contains(row.section(QLatin1Char('|'), 0, 0)))
            rows.append(row);
    }
    return rows;
}

void annotate(const Database &db, const QList<qint64> &ids)
{
    AnnotationStore annotations(db);
    const QList<Stage> stages = StageStore(db).list();
    TagStore tags(db);
    const Tag first = tags.find(QStringLiteral("apply")) ? *tags.find(QStringLiteral("apply"))
                                                         : tags.create(QStringLiteral("apply"));
    const Tag second = tags.find(QStringLiteral("remote ok")) ? *tags.find(QStringLiteral("remote ok"))
                                                              : tags.create(QStringLiteral("remote ok"));
    for (int i = 0; i < ids.size(); ++i) {
        const qint64 id = ids.at(i);
        annotations.setStage({id}, stages.at(1 + i % (stages.size() - 1)).id);
        annotations.setRating({id}, 1 + i % 5);
        annotations.setFavourite({id}, i % 2 == 0);
        NoteStore(db).setNotes(id,
                               QStringLiteral("# Notes on %1\n\nCall back on Monday. Ünïcödé ✓\n").arg(id));
        tags.addTags({id}, {first.id, second.id});
    }
}

quint32 testSeed()
{
    static const quint32 seed = [] {
        bool ok = false;
        const quint32 given = qEnvironmentVariable("JOBDESK_TEST_SEED").toUInt(&ok);
        const quint32 value = ok ? given : QRandomGenerator::global()->generate();
        qInfo("random seed %u (set JOBDESK_TEST_SEED=%u to repeat)", value, value);
        return value;
    }();
    return seed;
}

} // namespace jobdesk::test
