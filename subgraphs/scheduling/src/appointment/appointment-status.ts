import type { AppointmentStatus } from '../generated/graphql';

/**
 * Where an appointment may go from each status: a scheduled appointment is cancelled,
 * or once it has started gets its outcome, COMPLETED or NO_SHOW; the other statuses are final.
 * CANCELLED and NO_SHOW leave the exclusion constraint's scope, so the time is free again.
 */
const TRANSITIONS: Readonly<Record<AppointmentStatus, readonly AppointmentStatus[]>> = {
  SCHEDULED: ['CANCELLED', 'COMPLETED', 'NO_SHOW'],
  COMPLETED: [],
  CANCELLED: [],
  NO_SHOW: [],
};

export function canMove(from: AppointmentStatus, to: AppointmentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Whether the appointment still holds its staff member's time (the exclusion constraint's WHERE). */
export function holdsTime(status: AppointmentStatus): boolean {
  return status === 'SCHEDULED' || status === 'COMPLETED';
}
