export async function setUpSsl() {
  console.log('ssl ready');
}
