import { test } from 'node:test'
import assert from 'node:assert'
import { Cart } from '../src/cart.js'

test('adds and totals', () => {
  const cart = new Cart().add('a', 2.5, 2).add('b', 1).add('a', 2.5)
  assert.equal(cart.total(), 8.5)
  assert.equal(cart.total({ type: 'percent', value: 10 }), 7.65)
  assert.equal(cart.remove('b'), true)
})
