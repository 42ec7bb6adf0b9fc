#include "app/cli.hpp"

int main(int argc, char** argv) { return distill::app::run_main(argc, argv); }
