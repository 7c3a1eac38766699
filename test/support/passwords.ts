/** The passwords the test template database is bootstrapped with. */
export const TEST_PASSWORDS = { admin: 'Admin#Pass2026', demo: 'Demo#Pass2026' } as const;
