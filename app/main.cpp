#include "commandline.h"

int main(int argc, char *argv[])
{
    return jobdesk::app::run(argc, argv);
}
