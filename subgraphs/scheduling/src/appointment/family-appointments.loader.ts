import DataLoader from 'dataloader';
import type { AppointmentWindow } from '../generated/graphql';
import { AppointmentRepository, FamilyAppointmentRow } from './appointment.repository';

/** One family's appointments in one window. */
export interface FamilyWindow {
  familyId: string;
  window: AppointmentWindow;
}

/**
 * A request-scoped loader of each family's appointments per window (those booked for it and the group
 * sessions it joined): the families of a batch are read with one query per window asked for (at most
 * three), not one per family.
 */
export function familyAppointmentsLoader(appointments: AppointmentRepository): DataLoader<FamilyWindow, FamilyAppointmentRow[], string> {
  return new DataLoader<FamilyWindow, FamilyAppointmentRow[], string>(
    async (keys) => {
      const windows = new Map<AppointmentWindow, Set<string>>();
      for (const { familyId, window } of keys) {
        const families = windows.get(window) ?? new Set<string>();
        families.add(familyId);
        windows.set(window, families);
      }
      const byKey = new Map<string, FamilyAppointmentRow[]>();
      await Promise.all(
        [...windows].map(async ([window, families]) => {
          for (const row of await appointments.byFamilyIds([...families], window)) {
            const key = keyOf({ familyId: row.forFamilyId, window });
            const list = byKey.get(key);
            if (list) list.push(row);
            else byKey.set(key, [row]);
          }
        }),
      );
      return keys.map((k) => byKey.get(keyOf(k)) ?? []);
    },
    { cacheKeyFn: keyOf, maxBatchSize: 1000 },
  );
}

function keyOf({ familyId, window }: FamilyWindow): string {
  return `${window}:${familyId}`;
}
