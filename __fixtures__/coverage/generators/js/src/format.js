// Money formatting helpers.
export function formatPrice(amount, currency = 'EUR') {
  const fixed = amount.toFixed(2)
  switch (currency) {
    case 'EUR':
      return `${fixed} €`
    case 'USD':
      return `$${fixed}`
    case 'GBP':
      return `£${fixed}`
    default:
      return `${fixed} ${currency}`
  }
}

export function parsePrice(text) {
  const match = /(\d+(?:\.\d+)?)/.exec(text)
  if (!match) {
    return undefined
  }
  return Number(match[1])
}

export function sumPrices(texts) {
  let total = 0
  for (const text of texts) {
    const value = parsePrice(text)
    if (value === undefined) {
      continue
    }
    total += value
  }
  return total
}
