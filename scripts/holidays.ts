import { userInfo } from 'node:os';
import { AuditTrail, Caller, Database, databaseUrlFor } from '../subgraphs/kit';
import { AppointmentRepository } from '../subgraphs/scheduling/src/appointment/appointment.repository';
import { readCalendarFile } from '../subgraphs/scheduling/src/holiday/calendar-file';
import { writeCalendarYear } from '../subgraphs/scheduling/src/holiday/calendar-year-sql';
import { HolidayRepository } from '../subgraphs/scheduling/src/holiday/holiday.repository';
import { ENTITIES, MIGRATIONS } from '../subgraphs/scheduling/src/server';
import { LocalPostgres } from '../stack/local-postgres';
import { DATABASE_NAMES } from '../stack/prepare-databases';
import { embeddedPostgresPort } from '../stack/stack-config';

const USAGE = `usage:
  npm run holidays -- import FILE   load a whole year of a jurisdiction's public holidays (calendars/<J>-<YEAR>.json format)
  npm run holidays -- list          the loaded years

The scheduling database is SCHEDULING_DATABASE_URL, or the embedded one of a running \`npm start\`.`;

/** The scheduling database: the one given, or the embedded server's. */
function schedulingDatabase(): Database {
  const url = databaseUrlFor('scheduling') ?? LocalPostgres.urlOn(embeddedPostgresPort(), DATABASE_NAMES.scheduling);
  return new Database({ name: 'scheduling', url, entities: ENTITIES, migrations: MIGRATIONS });
}

/**
 * `npm run holidays -- import FILE`: an operator loads a whole year for a jurisdiction in one
 * transaction (days added, changed and removed so that the year is exactly the file), audited under
 * the operator's name, and lists the scheduled appointments that now fall on a closed day so that
 * their agencies can move them. A file with any problem is refused whole, naming every problem.
 */
async function importYear(db: Database, file: string): Promise<void> {
  const calendar = readCalendarFile(file);
  const operator = `cli:holidays:${userInfo().username}`;
  const caller: Caller = { subject: operator, staffId: null, agencyId: null, roles: ['CALENDAR_MANAGER'], jurisdiction: calendar.jurisdiction, area: [], serviceArea: [] };
  const change = await db.transaction(async (sql) => {
    const written = await writeCalendarYear(sql, calendar, operator);
    const audit = new AuditTrail(caller, `cli-${Date.now().toString(36)}`);
    const ids = await sql.query<{ id: string }>(`SELECT id FROM public_holiday WHERE jurisdiction = $1 AND year = $2`, [calendar.jurisdiction, calendar.year]);
    audit.record(
      'WRITE',
      'PublicHoliday',
      ids.map(({ id }) => ({ id, familyId: null })),
    );
    await audit.flush(sql);
    return written;
  });
  console.log(`${calendar.jurisdiction} ${calendar.year}: ${calendar.days.length} days (${change.added.length} added, ${change.changed.length} changed, ${change.removed.length} removed)`);
  const appointments = new AppointmentRepository(db);
  for (const date of [...change.added, ...change.changed]) {
    const rows = await appointments.scheduledOfJurisdictionOn(calendar.jurisdiction, date);
    if (rows.length) console.log(`  ${date}: ${rows.length} scheduled appointment(s) to move, ids ${rows.map((r) => r.id).join(', ')}`);
  }
}

async function main(): Promise<void> {
  const [command, file] = process.argv.slice(2);
  if (command !== 'list' && !(command === 'import' && file)) {
    console.error(USAGE);
    process.exit(2);
  }
  const db = schedulingDatabase();
  try {
    await db.migrate();
    if (command === 'import') await importYear(db, file!);
    for (const y of await new HolidayRepository(db).loadedYears()) console.log(`${y.jurisdiction} ${y.year}: ${y.holidayCount} days; ${y.source}`);
  } finally {
    await db.close();
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(2);
});
