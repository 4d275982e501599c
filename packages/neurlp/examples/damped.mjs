// u'' + 0.3 u' + 4 u = 0, u(0) = 1, u'(0) = 0 on [0, 10] with h = 0.01 (run after `pnpm build`).
import { solveODE } from "@mechanist/neurlp";

const { u } = await solveODE(
  { coefficients: [[[[[4, 0.3, 1]]]]], rhs: [[[0]]], initial: [[[[1, 0]]]], steps: 0.01, nSteps: 1001 },
  { backend: "cpu" },
);
console.log(u.shape, u.toArray()[0][1000][0]); // [1, 1001, 1, 3]; [u, u', u''] at t = 10
