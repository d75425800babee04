// The first simulator of each test file indexes ~9 MB of reference CRDs, and the suites run beside other
// packages' tests: generous per-test timeouts keep slow machines from failing; waits inside tests stay bounded.
jest.setTimeout(30_000);
