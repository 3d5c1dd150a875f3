/**
 * How sign-in is guarded. Security settings of the product, not regulation numbers, so they live
 * here rather than in regulation_parameter.
 */
export const LOGIN_POLICY = {
  /** Consecutive wrong passwords before an account is locked. */
  maxFailedLogins: 5,
  lockMinutes: 15,
  /** Failed attempts allowed from one address in the window, whatever the usernames. */
  maxFailuresPerIp: 30,
  ipWindowMinutes: 15,
  /** A session ends after this long without use… */
  sessionIdleHours: 12,
  /** …and is refreshed in the database at most this often. */
  sessionTouchMinutes: 5,
};

export const SESSION_COOKIE = 'sentra_session';
