import { describe, expect, it } from 'vitest';
import { readPolicy } from '../../../../electron/core/policy/io';

describe('readPolicy: text inside inline markup', () => {
  it('reads text split by links and emphasis as a browser shows it', () => {
    const html = `<html lang="fr"><body><p>Exemple SA utilise des cookies sur le site <a href="https://www.example.fr/">www.example.fr</a>.</p>
<h2>Cookies <em>strictement</em> nécessaires</h2>
<table><tr><th>Nom du cookie</th><th>Durée</th><th>Finalité</th></tr>
<tr><td>se<b>ss</b>ionid</td><td>1 an</td><td>Garde la <a href="#">session</a>, ouverte.</td></tr></table></body></html>`;
    const r = readPolicy(new TextEncoder().encode(html), 'p.html', { site: 'example.fr' });
    expect(r.intro).toBe('Exemple SA utilise des cookies sur le site www.example.fr.');
    expect(r.sections[0]?.heading).toBe('Cookies strictement nécessaires');
    expect(r.entries.map((e) => [e.name, e.function, e.category])).toEqual([
      ['sessionid', 'Garde la session, ouverte.', 'necessary'],
    ]);
  });
});
