import { test } from 'node:test'
import assert from 'node:assert'
import { formatPrice, parsePrice } from '../src/format.js'

test('formats', () => {
  assert.equal(formatPrice(3), '3.00 €')
  assert.equal(formatPrice(3, 'USD'), '$3.00')
  assert.equal(parsePrice('costs 4.20'), 4.2)
})
