#include "Application.h"

// satchel-gui: the window, started by `satchel` when its arguments name no command.
int main(int argc, char *argv[])
{
    return satchel::ui::runApplication(argc, argv);
}
