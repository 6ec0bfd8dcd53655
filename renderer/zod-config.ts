// Imported first by main.tsx, before any schema is built: zod would otherwise probe `new Function` to decide
// on its JIT, which the strict CSP (no 'unsafe-eval') reports as a violation even though zod catches it.
import { z } from 'zod';

z.config({ jitless: true });
