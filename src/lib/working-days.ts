import { addDays, type IsoDate } from './dates';

/** Public holidays and the weekend days made working days by the yearly arrangement (调休). */
export interface WorkCalendar {
  holidays: readonly IsoDate[];
  workingWeekends: readonly IsoDate[];
}

export function isWorkingDay(day: IsoDate, calendar: WorkCalendar): boolean {
  if (calendar.workingWeekends.includes(day)) return true;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !calendar.holidays.includes(day);
}

/**
 * The day `n` working days after `from` ("within n working days" of a request made on `from`):
 * the day of the request itself does not count.
 */
export function addWorkingDays(from: IsoDate, n: number, calendar: WorkCalendar): IsoDate {
  let day = from;
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) left--;
  }
  return day;
}
