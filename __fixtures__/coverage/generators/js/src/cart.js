// A shopping cart with a few branches that the tests only partly exercise.
export class Cart {
  constructor() {
    this.items = []
  }

  add(sku, price, quantity = 1) {
    if (quantity <= 0) {
      throw new Error('quantity must be positive')
    }
    const existing = this.items.find(i => i.sku === sku)
    if (existing) {
      existing.quantity += quantity
    } else {
      this.items.push({ sku, price, quantity })
    }
    return this
  }

  remove(sku) {
    const index = this.items.findIndex(i => i.sku === sku)
    if (index === -1) {
      return false
    }
    this.items.splice(index, 1)
    return true
  }

  total(discount) {
    let sum = 0
    for (const item of this.items) {
      sum += item.price * item.quantity
    }
    if (discount) {
      sum = applyDiscount(sum, discount)
    }
    return Math.round(sum * 100) / 100
  }
}

function applyDiscount(sum, discount) {
  if (discount.type === 'percent') {
    return sum * (1 - discount.value / 100)
  }
  if (discount.type === 'fixed') {
    return Math.max(0, sum - discount.value)
  }
  throw new Error(`unknown discount ${discount.type}`)
}
