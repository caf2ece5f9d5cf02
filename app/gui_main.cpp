#include "Window.h"

// satchel-gui: the window, which `satchel` execs when its arguments name no command.
int main(int argc, char *argv[])
{
    return satchel::app::runWindow(argc, argv);
}
