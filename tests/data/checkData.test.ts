import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
// Each test starts check-data in a process of its own (npx, tsx): seconds on a busy machine.
const spawnTimeout = 30_000

function checkData(dir?: string) {
  const args = ['tsx', 'scripts/check-data.ts', ...(dir ? [dir] : [])]
  return spawnSync('npx', args, { cwd: root, encoding: 'utf8' })
}

describe('npm run check-data', () => {
  it(
    'passes on data/',
    () => {
      const run = checkData()
      expect(run.stderr).toBe('')
      expect(run.stdout).toMatch(/^data ok: 23 figures, 32 regions/)
      expect(run.status).toBe(0)
    },
    spawnTimeout,
  )

  it(
    'fails with every located problem of a broken copy, and names the folder',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'check-data-'))
      cpSync(resolve(root, 'data'), dir, { recursive: true })
      const figures = readFileSync(join(dir, 'figures.csv'), 'utf8')
        .replace(',750000000,payments,over,', ',7.5亿,payments,over,')
        .replace(',523,yuan,exact,', ',523,元,exact,')
      writeFileSync(join(dir, 'figures.csv'), figures)
      const run = checkData(dir)
      expect(run.status).toBe(1)
      expect(run.stderr).toContain(
        'data/figures.csv line 2, value: "7.5亿" is not a number; write 750000000',
      )
      expect(run.stderr).toContain('data/figures.csv line 4, unit: "元" is not one of')
      expect(run.stderr).toContain(`2 problems in ${dir}`)
    },
    spawnTimeout,
  )

  it(
    'catches a typed derived value, a value not in its sentence and a package out of step',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'check-data-'))
      cpSync(resolve(root, 'data'), dir, { recursive: true })
      const figures = readFileSync(join(dir, 'figures.csv'), 'utf8')
        .replace(',24,percent,exact,true,', ',25,percent,exact,true,')
        .replace(',523,yuan,exact,', ',532,yuan,exact,')
      writeFileSync(join(dir, 'figures.csv'), figures)
      const pkg = readFileSync(join(dir, 'datapackage.json'), 'utf8')
      writeFileSync(join(dir, 'datapackage.json'), pkg.replace('"name": "code"', '"name": "tile"'))
      const run = checkData(dir)
      expect(run.status).toBe(1)
      expect(run.stderr).toContain(
        'data/figures.csv line 15, value: 25 is not what its formula gives: age-70s-share - age-70s-lead = 24; write 24',
      )
      expect(run.stderr).toMatch(
        /data\/figures\.csv line 4, value: the sentence "payments-2021" .* 532元/,
      )
      expect(run.stderr).toMatch(
        /data\/datapackage\.json line \d+, resources\.1\.schema\.fields\.3\.name: "tile" is not a column of data\/regions\.csv/,
      )
    },
    spawnTimeout,
  )

  it(
    'fails on a missing file',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'check-data-'))
      cpSync(resolve(root, 'data'), dir, { recursive: true })
      writeFileSync(join(dir, 'regions.csv'), '')
      const run = checkData(dir)
      expect(run.status).toBe(1)
      expect(run.stderr).toContain('data/regions.csv: the file is empty')
    },
    spawnTimeout,
  )
})
