fn main() {
    quotelens_app::start();
}
