// The pipeline's folders import one way: a stage may use the foundations and the stages before it,
// never a later one (docs/architecture.md, "The import rule").
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'

/** Each folder of src/ (or top-level module) and its place: lower numbers may not import higher ones. */
const RANK: Record<string, number> = {
  errors: 0,
  types: 0,
  text: 0,
  verdict: 0,
  settings: 1,
  github: 1,
  probe: 1,
  coverage: 2,
  event: 2,
  checklist: 2,
  // Sign-offs and waivers by comment: read after the checklist, before the evidence is judged.
  attestations: 2.5,
  evaluate: 3,
  report: 4,
  render: 5,
  publish: 6,
  gate: 7,
  main: 8,
  cli: 8,
  index: 9
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []
  )
}

const layerOf = (file: string) => relative('src', file).split(/[\\/]/)[0].replace(/\.ts$/, '')

describe('imports between the stages of src/', () => {
  const edges = files('src').flatMap(file =>
    [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from '(\.[^']+)'/gm)].map(m => ({
      from: file,
      to: normalize(join(dirname(file), m[1]))
    }))
  )

  it('knows every folder', () => {
    expect([...new Set(files('src').map(layerOf))].filter(l => RANK[l] === undefined)).toEqual([])
  })

  it('point one way: no stage imports a later one', () => {
    expect(edges.length).toBeGreaterThan(100)
    const backwards = edges
      .filter(e => layerOf(e.from) !== layerOf(e.to) && RANK[layerOf(e.to)] > RANK[layerOf(e.from)])
      .map(e => `${e.from} → ${e.to}`)
    expect(backwards).toEqual([])
  })
})
