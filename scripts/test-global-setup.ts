// Placeholder: replaced by the PostgreSQL detection of the storage suite.
export default function setup(): void {}
