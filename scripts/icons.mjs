#!/usr/bin/env node
// Renders build/icon.svg into what each platform's packaging reads, and writes them into build/:
//   build/icons/NxN.png  Linux (AppImage, deb): electron-builder takes a folder of sized PNGs as they are
//   build/icon.ico       Windows (app and NSIS installer): BMP entries up to 128 px, a PNG entry at 256 px
//   build/icon.icns      macOS (app and dmg)
// Ready-made files matter: given an SVG, electron-builder downloads an icon tool on first use, which
// offline machines cannot. The outputs are committed; run this only after changing the SVG.
// Needs Debian's librsvg2-bin (rsvg-convert) and icoutils (icotool); the ICNS is assembled here, since
// icnsutils' png2icns stores the large sizes as JPEG 2000 where Apple's own iconutil writes PNG.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUILD = join(dirname(fileURLToPath(import.meta.url)), '..', 'build');
const SVG = join(BUILD, 'icon.svg');
const ICONS = join(BUILD, 'icons');

/** Every size a Linux desktop or the other two formats asks for. */
const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
/** ICO: Windows picks per DPI; 256 is the size electron-builder requires at least. */
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** ICNS entry types that hold a PNG, with their pixel size (the @2x ones are a size's Retina twin). */
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['icp6', 64],
  ['ic12', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256],
  ['ic09', 512],
  ['ic14', 512],
  ['ic10', 1024],
];

const TOOLS = {
  'rsvg-convert': 'librsvg2-bin',
  icotool: 'icoutils',
};

function run(command, args) {
  try {
    execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  } catch (err) {
    if (err.code === 'ENOENT') {
      console.error(`${command} is missing: sudo apt-get install -y ${TOOLS[command]}`);
      process.exit(1);
    }
    throw err;
  }
}

const png = (size) => join(ICONS, `${size}x${size}.png`);

/** An ICNS file: 'icns' + total length, then per entry its type, its length (header included) and a PNG. */
function writeIcns(path) {
  const entries = ICNS_TYPES.map(([type, size]) => {
    const data = readFileSync(png(size));
    const header = Buffer.alloc(8);
    header.write(type, 0, 'latin1');
    header.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([header, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + entries.reduce((n, e) => n + e.length, 0), 4);
  writeFileSync(path, Buffer.concat([head, ...entries]));
}

rmSync(ICONS, { recursive: true, force: true });
mkdirSync(ICONS, { recursive: true });
for (const size of PNG_SIZES) run('rsvg-convert', ['-w', `${size}`, '-h', `${size}`, SVG, '-o', png(size)]);

// --raw keeps the 256 px entry as PNG (a 256 px BMP would be 256 KiB); smaller ones become BMPs, which every
// Windows and NSIS version reads.
const small = ICO_SIZES.filter((s) => s < 256).map(png);
run('icotool', ['-c', '-o', join(BUILD, 'icon.ico'), ...small, `--raw=${png(256)}`]);
writeIcns(join(BUILD, 'icon.icns'));
console.log(`Wrote build/icons/*.png (${PNG_SIZES.join(', ')}), build/icon.ico and build/icon.icns.`);
