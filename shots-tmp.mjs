import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run'] });
const base = 'http://127.0.0.1:4433';
async function shot(name, path, viewport, theme, steps = 0) {
  const ctx = await b.newContext({ viewport, serviceWorkers: 'block', colorScheme: theme });
  const p = await ctx.newPage();
  p.on('console', m => m.type()==='error' && console.log('ERR', m.text()));
  await p.goto(base + path);
  if (steps < 0) { await p.screenshot({ path: `/work/wt/shots/slides-${name}.png` }); await ctx.close(); return; }
  await p.locator('.pp-slides-open').click();
  await p.locator('dialog.pp-deck[open]').waitFor();
  for (let i = 0; i < steps; i++) await p.keyboard.press('ArrowRight');
  await p.waitForTimeout(300);
  await p.screenshot({ path: `/work/wt/shots/slides-${name}.png` });
  await ctx.close();
}
const phone = { width: 360, height: 740 }, proj = { width: 1280, height: 720 };
await shot('page-360', '/studi-kasus/trenggalek/', phone, 'dark', -1);
await shot('title-360-dark', '/studi-kasus/trenggalek/', phone, 'dark', 0);
await shot('slide2-360-light', '/studi-kasus/trenggalek/', phone, 'light', 1);
await shot('module-360-en', '/en/pelatih/modul-2-strategi-fkpm/', phone, 'dark', 3);
await shot('title-1280-dark', '/pelatih/modul-3-studi-kasus/', proj, 'dark', 0);
await shot('slide-1280-light', '/pelatih/modul-3-studi-kasus/', proj, 'light', 2);
await shot('case-1280-dark', '/en/studi-kasus/malioboro-yogyakarta/', proj, 'dark', 0);
await shot('case-results-1280', '/en/studi-kasus/malioboro-yogyakarta/', proj, 'dark', 4);
await b.close();
